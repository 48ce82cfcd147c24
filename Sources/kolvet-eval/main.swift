import Foundation
import KolvetKit

/// `kolvet-eval comments DIR`: precision and recall of the inauthentic-comment flag on a labelled set
/// (dossiers plus labels.csv with file,comment_id,label,pattern).
func evaluateComments(directory: String) -> Int32 {
    let root = URL(fileURLWithPath: directory)
    guard let csv = try? String(contentsOf: root.appendingPathComponent("labels.csv"), encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(directory)/labels.csv: error: cannot read the file\n".utf8))
        return 2
    }
    var labelsByFile: [String: [String: (isInauthentic: Bool, pattern: String)]] = [:]
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4 else { continue }
        labelsByFile[fields[0], default: [:]][fields[1]] = (fields[2] == "inauthentic", fields[3])
    }
    var overall = ConfusionMatrix()
    var byPattern: [String: ConfusionMatrix] = [:]
    print("file                     comments  flagged  TP  FP  FN")
    for (file, labels) in labelsByFile.sorted(by: { $0.key < $1.key }) {
        guard let bytes = try? Data(contentsOf: root.appendingPathComponent(file)),
            let dossier = DossierDecoder().decode(Array(bytes), file: file).dossier
        else {
            FileHandle.standardError.write(Data("\(file): error: cannot read the dossier\n".utf8))
            return 2
        }
        var matrix = ConfusionMatrix()
        for outcome in CommentFlagEvaluation.evaluate(dossier, labels: labels, settings: CommentSettings()) {
            matrix.record(flagged: outcome.isFlagged, positive: outcome.isLabelledInauthentic)
            byPattern[outcome.pattern, default: ConfusionMatrix()]
                .record(flagged: outcome.isFlagged, positive: outcome.isLabelledInauthentic)
        }
        overall.add(matrix)
        let name = file.padding(toLength: 24, withPad: " ", startingAt: 0)
        print(
            "\(name) \(String(matrix.total).leftPadded(8))  \(String(matrix.truePositives + matrix.falsePositives).leftPadded(7))"
                + "  \(String(matrix.truePositives).leftPadded(2))  \(String(matrix.falsePositives).leftPadded(2))"
                + "  \(String(matrix.falseNegatives).leftPadded(2))")
    }
    print("\nby pattern (flagged / comments):")
    for (pattern, matrix) in byPattern.sorted(by: { $0.key < $1.key }) {
        let flagged = matrix.truePositives + matrix.falsePositives
        print("  \(pattern.padding(toLength: 16, withPad: " ", startingAt: 0)) \(flagged) / \(matrix.total)")
    }
    print("\noverall: \(overall.summary)")
    return 0
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2, arguments[0] == "comments" else {
    FileHandle.standardError.write(Data("usage: kolvet-eval comments <labelled-directory>\n".utf8))
    exit(64)
}
exit(evaluateComments(directory: arguments[1]))
