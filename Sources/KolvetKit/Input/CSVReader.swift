/// A parsed CSV table: the header and the rows, each with the line it starts on.
package struct CSVTable: Sendable, Equatable {
    package struct Row: Sendable, Equatable {
        /// The 1-based line the row starts on.
        package var line: Int
        package var fields: [String]
    }

    package var header: [String]
    package var rows: [Row]
}

/// Reads RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold commas, quotes (doubled) or
/// line breaks; CRLF or LF line ends; blank lines skipped. A quote left open is an error naming the line it
/// opened on.
package enum CSVReader {
    /// Why a CSV text could not be read.
    package struct SyntaxError: Error, Sendable, Equatable {
        package var line: Int
        package var message: String

        package init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    package static func parse(_ text: String) throws(SyntaxError) -> CSVTable {
        var records: [CSVTable.Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldStarted) {
                records.append(CSVTable.Row(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldStarted = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
                fieldStarted = true
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                fieldStarted = true
            }
        }
        if inQuotes { throw SyntaxError(line: quoteLine, message: "a quoted field opened here is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        guard let header = records.first else { throw SyntaxError(line: 1, message: "the file is empty") }
        return CSVTable(header: header.fields.map { $0.trimmingWhitespace() }, rows: Array(records.dropFirst()))
    }
}
