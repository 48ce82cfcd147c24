import KolvetKit

/// Help texts, in swift-argument-parser's OVERVIEW / USAGE / ARGUMENTS / OPTIONS layout.
enum Help {
    static let version = "kolvet \(Provenance.kolvetVersion)"

    static let main = """
        OVERVIEW: Vet Xiaohongshu creators before you pay them: engagement, comments, audience fit and
        fake-follower signals, each with its value, threshold and evidence, rolled into a 0–100 score and a verdict.

        USAGE: kolvet <subcommand>

        SUBCOMMANDS:
          vet                     Vet one creator from a kolvet.dossier/1 JSON file.
          batch                   Vet many: directories, JSON Lines files and MCN shortlist spreadsheets.
          summarize               Rank and report the results of several shards (batch --format results).
          import mediacrawler     Turn MediaCrawler Xiaohongshu exports into dossiers.
          config                  Print the default configuration (kolvet.config/1), to copy and edit.

        OPTIONS:
          -h, --help              Show help information.
          --version               Show the version.

        EXIT STATUS: 0 scored and nothing below the bar; 1 a creator rejected or below --fail-under;
          2 an input could not be read or scored; 64 usage error. See docs/cli.md.

          See 'kolvet help <subcommand>' or 'kolvet <subcommand> --help' for detailed help.

        """

    static var vetUsage: String { CommandTables.vet.usage }
    static var batchUsage: String { CommandTables.batch.usage }
    static var summarizeUsage: String { CommandTables.summarize.usage }
    static var importUsage: String { CommandTables.importing.usage }

    /// A help page: overview, usage and arguments, the table's options, and the exit status.
    private static func page(_ table: OptionTable, overview: String, arguments: String, exitStatus: String) -> String {
        var text = "OVERVIEW: " + overview + "\n\nUSAGE: " + table.usage + "\n\n"
        if !arguments.isEmpty { text += "ARGUMENTS:\n" + arguments + "\n\n" }
        text += "OPTIONS:\n" + table.optionLines + "\n\n"
        if !exitStatus.isEmpty { text += "EXIT STATUS: " + exitStatus + "\n\n" }
        return text
    }

    static var batch: String {
        page(
            CommandTables.batch,
            overview: """
                Vet every creator found in the paths and rank them: dossier files (.json, one or an array),
                JSON Lines files (.jsonl, one dossier per line), MCN shortlists (.csv, UTF-8 or GB18030), directories of
                them. Every input record appears in the output, scored or with its error.
                """,
            arguments: "  <path>                  Files or directories; '-' reads JSON Lines from standard input.",
            exitStatus: """
                the worst of any creator: 0 all scored, none below the bar; 1 a creator rejected or below
                  --fail-under or --min-coverage, or failing comments.shared_commenters; 2 an input could not be read
                  or scored; 64 usage error.
                """)
    }

    static var summarize: String {
        page(
            CommandTables.summarize,
            overview: """
                The reduce step of a sharded run: read the kolvet.result/1 records that
                'kolvet batch --format results' wrote in every shard — in any order — and write the report of the whole
                batch (ranking, portfolio, shared commenters, exit status), as 'kolvet batch' over all the input would.
                """,
            arguments:
                "  <results>               Result files (JSON Lines of kolvet.result/1); '-' reads standard input.",
            exitStatus: """
                as 'kolvet batch' over the whole input; 2 also when a line is not a result record or an
                  index comes twice.
                """)
    }

    static var config: String {
        page(
            CommandTables.config,
            overview: """
                Print the default configuration (format kolvet.config/1) as JSON: every threshold, weight,
                lexicon and benchmark with its default. Save it, change what you need, and pass it with --config; a
                partial file keeps the defaults for what it leaves out (docs/configuration.md).
                """,
            arguments: "", exitStatus: "")
    }

    static var importHelp: String {
        page(
            CommandTables.importing,
            overview: """
                Turn exports into kolvet.dossier/1 dossiers, one per creator.
                  mediacrawler  MediaCrawler Xiaohongshu exports (creators, contents and comments files; JSON, JSON Lines
                                or CSV; old user_id or new creator_hash schema; creator, detail or search mode), one
                                dossier per author of a note (docs/mediacrawler.md). Exports since 2026-07 carry no
                                follower counts: join the MCN's shortlist to add them.
                  pugongying    Pugongying (蒲公英) web-API responses (kol_info, kol_note_list, kol_note_rate,
                                kol_fans_portrait, kol_fans_summary, kol_fans_trend, kol_data_summary), one file each
                                or bundled; give each creator's folder (docs/pugongying.md).
                """,
            arguments: "  <path>                  Export files, or directories of them.", exitStatus: "")
    }

    static var vet: String {
        page(
            CommandTables.vet,
            overview: "Vet one creator from a kolvet.dossier/1 JSON file (docs/dossier-format.md).",
            arguments: "  <file>                  The dossier; '-' reads standard input.",
            exitStatus: """
                0 scored, nothing below the bar; 1 rejected or below --fail-under or
                  --min-coverage; 2 the file could not be read or nothing in it could be scored; 64 usage error.
                """)
    }
}
