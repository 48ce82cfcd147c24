/// The file name `kolvet import --output DIR` gives a creator's dossier: unique per creator id, safe on any file
/// system, bounded in length, and reversible.
///
/// Each UTF-8 byte of the id that is a lower-case ASCII letter, a digit, `-` or `_` is kept; every other byte
/// (upper-case letters included, so that names stay distinct on case-insensitive file systems) is written as `%`
/// and two upper-case hexadecimal digits. `.json` is appended. When the encoded id is longer than
/// `maximumEncodedBytes` (200), it is cut to its first 160 bytes (never inside a `%XX`) followed by `~` and the
/// 16 hexadecimal digits of the FNV-1a 64-bit hash of the whole id: such a name is no longer reversible, but the
/// id is still inside the file. The empty id is `%.json`. `decodedID(fromFileName:)` reverses every name that
/// carries no `~`.
public enum DossierFileName {
    /// The longest encoded id used whole, in bytes (file systems allow 255 bytes a name).
    public static let maximumEncodedBytes = 200

    /// The file name for a creator id.
    public static func name(forCreatorID id: String) -> String {
        guard !id.isEmpty else { return "%.json" }  // never the hidden ".json"
        var encoded = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + hex(UInt64(byte), digits: 2)
            }
        }
        if encoded.utf8.count > maximumEncodedBytes {
            var cut = Array(encoded.utf8.prefix(160))
            if let percent = cut.suffix(2).lastIndex(of: UInt8(ascii: "%")) { cut.removeSubrange(percent...) }
            encoded = String(decoding: cut, as: UTF8.self) + "~" + hex(fnv1a(id), digits: 16)
        }
        return encoded + ".json"
    }

    /// The creator id a file name stands for; nil for a shortened name (with `~`) or one this type did not make.
    public static func decodedID(fromFileName name: String) -> String? {
        guard name.hasSuffix(".json"), !name.contains("~") else { return nil }
        if name == "%.json" { return "" }
        let bytes = Array(name.utf8.dropLast(5))
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count,
                    let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
                else { return nil }
                decoded.append(value)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self)
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
