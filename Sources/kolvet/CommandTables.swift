import KolvetKit

/// Every subcommand's options, one table each (`OptionTable`): what parses, what the usage line and the OPTIONS help
/// say, from one place.
enum CommandTables {
    /// The options `vet` and `batch` share (`CommonOptions` reads them).
    static let shared: [OptionSpec] = [
        OptionSpec(
            name: "--brief", value: "<file>",
            help: "A kolvet.brief/1 JSON file: the brand's target audience, hard requirements, platform fee, "
                + "minimum score, keywords and competitors (docs/brief-format.md)."),
        OptionSpec(
            name: "--config", value: "<file>",
            help: "A kolvet.config/1 JSON file; keys it leaves out keep their defaults (docs/configuration.md)."),
        OptionSpec(
            name: "--fail-under", value: "<score>",
            help: "Exit 1 when a score is below this (0–100), as a pipeline gate; default: the brief's min_score."),
        OptionSpec(
            name: "--min-coverage", value: "<share>",
            help: "Exit 1 when a creator's coverage (share of the signal weight resting on data present, 0–1) is "
                + "below this: gate on \"enough data to clear\"."),
        OptionSpec(
            name: "--now", value: "<date>",
            help: "The date of the run (default: now), for reproducible recency and future-date checks."),
    ]

    static var vet: OptionTable {
        let formats =
            (ReportFormats.all.map { ($0.identifier, $0.summary) }
            + VetCommand.pageFormats.map { ($0, "the page of `kolvet batch --format \($0)`, with this one creator") })
            .map { "\($0.0): \($0.1)" }.joined(separator: "\n")
        return OptionTable(
            command: "vet", arguments: "<file>",
            options: shared + [
                OptionSpec(name: "--format", value: "<format>", help: "Output format (default: text):\n" + formats),
                lang,
            ])
    }

    static var batch: OptionTable {
        OptionTable(
            command: "batch", arguments: "<path>...",
            options: shared + [
                OptionSpec(
                    name: "--format", value: "<format>",
                    help: "Output format (default: table on a terminal, jsonl otherwise):\n" + batchFormats),
                OptionSpec(
                    name: "--output", value: "<file>",
                    help: "Write the report here (written whole, then renamed into place)."),
                OptionSpec(name: "--jobs", value: "<n>", help: "Threads to vet on (default: the processor count)."),
                OptionSpec(
                    name: "--shard", value: "<i>/<n>",
                    help: "Keep only shard i of n (from 0): records whose creator id hashes there "
                        + "(docs/scale-out.md); i may be 'auto' (AWS_BATCH_JOB_ARRAY_INDEX or JOB_COMPLETION_INDEX), "
                        + "'auto' alone takes n from AWS_BATCH_JOB_ARRAY_SIZE."),
                OptionSpec(
                    name: "--stdin-name", value: "<name>",
                    help: "With '-' alone: the file name standard input's records carry (default '-')."),
                OptionSpec(
                    name: "--stdin-offset", value: "<lines>:<records>",
                    help: "With '-' alone: standard input is a part of a larger file, after these lines and "
                        + "records; line numbers and indices are the whole file's, and an empty part is no error "
                        + "(a Spark partition: docs/scale-out.md)."),
                csvBOM, lang,
            ])
    }

    static var summarize: OptionTable {
        OptionTable(
            command: "summarize", arguments: "<results>...",
            options: [
                OptionSpec(
                    name: "--config", value: "<file>",
                    help: "The kolvet.config/1 the batch ran with (its portfolio and rings settings)."),
                OptionSpec(
                    name: "--format", value: "<format>",
                    help: "Output format (default: table on a terminal, jsonl otherwise):\n" + batchFormats),
                OptionSpec(
                    name: "--output", value: "<file>",
                    help: "Write the report here (written whole, then renamed into place)."),
                csvBOM, lang,
            ])
    }

    static let importing = OptionTable(
        command: "import", arguments: "mediacrawler|pugongying <path>...",
        options: [
            OptionSpec(
                name: "--shortlist", value: "<sheet.csv>",
                help: "The MCN's shortlist (docs/shortlist-format.md): rows joined to the export's creators by user "
                    + "id, profile URL or 小红书号, directly, through creator_hash or Pugongying's redId; the sheet "
                    + "fills followers, 获赞与收藏, quotes, MCN and audience."),
            OptionSpec(
                name: "--output", value: "<directory>",
                help: "Write one <creator id>.json per creator here; default: JSON Lines on standard output, ready "
                    + "for 'kolvet batch -'."),
        ])

    static let config = OptionTable(
        command: "config", arguments: "",
        options: [
            OptionSpec(
                name: "--defaults", value: nil,
                help: "The same: the defaults (the only configuration this command prints).")
        ])

    private static let lang = OptionSpec(
        name: "--lang", value: "zh|en",
        help: "The language of the text, html, markdown and table reports (default: zh when LC_ALL or LANG starts "
            + "with zh, else en); in zh each signal's English evidence follows its Chinese reading. JSON and CSV "
            + "are the same in both.")

    private static let csvBOM = OptionSpec(
        name: "--csv-bom", value: "true|false",
        help: "Start CSV with a UTF-8 byte-order mark so that Excel reads Chinese correctly (default: true; false "
            + "for pipelines).")

    private static var batchFormats: String {
        BatchFormats.all.map { "\($0.identifier): \($0.summary)" }.joined(separator: "\n")
    }
}
