import KolvetKit
import Testing

@Suite("CSV and encodings")
struct CSVReaderTests {
    @Test("quotes, doubled quotes, CRLF, line breaks inside quotes, blank lines")
    func parsing() throws {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\",\r\n"
        let table = try CSVReader.parse(text)
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test("an unclosed quote names the line it opened on; an empty file is an error")
    func errors() {
        #expect(throws: CSVReader.SyntaxError(line: 3, message: "a quoted field opened here is never closed")) {
            try CSVReader.parse("a,b\n1,2\n3,\"open\n4,5\n")
        }
        #expect(throws: CSVReader.SyntaxError(line: 1, message: "the file is empty")) { try CSVReader.parse("") }
    }

    @Test("UTF-8, UTF-8 with BOM and GB18030 are told apart")
    func encodings() throws {
        // 昵称 is EA C7 B3 C6 in GBK/GB18030.
        let gb = try #require(TextDecoder.decode([0xEA, 0xC7, 0xB3, 0xC6]))
        #expect(gb.text == "昵称")
        #expect(gb.encoding == .gb18030)
        let bom = try #require(TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("昵称".utf8)))
        #expect(bom.text == "昵称")
        #expect(bom.encoding == .utf8WithBOM)
        #expect(TextDecoder.decode(Array("昵称".utf8))?.encoding == .utf8)
    }
}
