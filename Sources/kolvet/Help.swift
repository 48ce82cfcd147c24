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

    static let vetUsage =
        "kolvet vet <file> [--brief <file>] [--config <file>] [--format <format>] [--fail-under <score>] "
        + "[--min-coverage <share>] [--now <date>]"

    static let batchUsage =
        "kolvet batch <path>... [--brief <file>] [--config <file>] [--format <format>] [--output <file>] "
        + "[--fail-under <score>] [--min-coverage <share>] [--now <date>] [--jobs <n>] [--csv-bom true|false]"
        + " [--shard <i>/<n>] [--stdin-name <name>] [--stdin-offset <lines>:<records>]"

    static var batch: String {
        let formats = BatchFormats.all.map { "                          \($0.identifier): \($0.summary)" }
            .joined(separator: "\n")
        return """
            OVERVIEW: Vet every creator found in the paths and rank them: dossier files (.json, one or an array),
            JSON Lines files (.jsonl, one dossier per line), MCN shortlists (.csv, UTF-8 or GB18030), directories of
            them. Every input record appears in the output, scored or with its error.

            USAGE: \(batchUsage)

            ARGUMENTS:
              <path>                  Files or directories; '-' reads JSON Lines from standard input.

            OPTIONS:
              --brief <file>          A kolvet.brief/1 JSON file (docs/brief-format.md).
              --config <file>         A kolvet.config/1 JSON file (docs/configuration.md).
              --format <format>       Output format (default: table on a terminal, jsonl otherwise):
            \(formats)
              --output <file>         Write the report here (written whole, then renamed into place).
              --fail-under <score>    Exit 1 when any creator scores below this; default: the brief's min_score.
              --min-coverage <share>  Exit 1 when any creator's coverage (share of the signal weight resting on
                                      data present, 0–1) is below this: gate on "enough data to clear".
              --now <date>            The date of the run (default: now).
              --jobs <n>              Threads to vet on (default: the processor count).
              --shard <i>/<n>         Keep only shard i of n (from 0): records whose creator id hashes there
                                      (docs/scale-out.md); i may be 'auto' (AWS_BATCH_JOB_ARRAY_INDEX or
                                      JOB_COMPLETION_INDEX), 'auto' alone takes n from AWS_BATCH_JOB_ARRAY_SIZE.
              --csv-bom true|false    Start CSV with a UTF-8 byte-order mark so that Excel reads Chinese correctly
                                      (default: true; false for pipelines).
              --stdin-name <name>     With '-' alone: the file name standard input's records carry (default '-').
              --stdin-offset <lines>:<records>
                                      With '-' alone: standard input is a part of a larger file, after these
                                      lines and records; line numbers and indices are the whole file's, and an
                                      empty part is no error (a Spark partition: docs/scale-out.md).
              -h, --help              Show help information.

            EXIT STATUS: the worst of any creator: 0 all scored, none below the bar; 1 a creator rejected or below
              --fail-under or --min-coverage; 2 an input could not be read or scored; 64 usage error.

            """
    }

    static let summarizeUsage =
        "kolvet summarize <results>... [--config <file>] [--format <format>] [--output <file>] [--csv-bom true|false]"

    static var summarize: String {
        let formats = BatchFormats.all.map { "                          \($0.identifier): \($0.summary)" }
            .joined(separator: "\n")
        return """
            OVERVIEW: The reduce step of a sharded run: read the kolvet.result/1 records that
            'kolvet batch --format results' wrote in every shard — in any order — and write the report of the whole
            batch (ranking, portfolio, shared commenters, exit status), as 'kolvet batch' over all the input would.

            USAGE: \(summarizeUsage)

            ARGUMENTS:
              <results>               Result files (JSON Lines of kolvet.result/1); '-' reads standard input.

            OPTIONS:
              --config <file>         The kolvet.config/1 the batch ran with (its portfolio and rings settings).
              --format <format>       Output format (default: table on a terminal, jsonl otherwise):
            \(formats)
              --output <file>         Write the report here (written whole, then renamed into place).
              --csv-bom true|false    As for batch.
              -h, --help              Show help information.

            EXIT STATUS: as 'kolvet batch' over the whole input; 2 also when a line is not a result record or an
              index comes twice.

            """
    }

    static let config = """
        OVERVIEW: Print the default configuration (format kolvet.config/1) as JSON: every threshold, weight,
        lexicon and benchmark with its default. Save it, change what you need, and pass it with --config; a
        partial file keeps the defaults for what it leaves out (docs/configuration.md).

        USAGE: kolvet config [--defaults]

        OPTIONS:
          --defaults              The same: the defaults (the only configuration this command prints).
          -h, --help              Show help information.

        """

    static let importHelp = """
        OVERVIEW: Turn exports into kolvet.dossier/1 dossiers, one per creator.
          mediacrawler  MediaCrawler Xiaohongshu exports (creators, contents and comments files; JSON, JSON Lines
                        or CSV; old user_id or new creator_hash schema; creator, detail or search mode), one
                        dossier per author of a note (docs/mediacrawler.md). Exports since 2026-07 carry no
                        follower counts: join the MCN's shortlist to add them.
          pugongying    Pugongying (蒲公英) web-API responses (kol_info, kol_note_list, kol_note_rate,
                        kol_fans_portrait, kol_fans_summary, kol_fans_trend, kol_data_summary), one file each
                        or bundled; give each creator's folder (docs/pugongying.md).

        USAGE: \(ImportCommand.usage)

        ARGUMENTS:
          <path>                  Export files, or directories of them.

        OPTIONS:
          --shortlist <sheet.csv> The MCN's shortlist (docs/shortlist-format.md): rows joined to the export's
                                  creators by user id, profile URL or 小红书号, directly, through creator_hash or
                                  Pugongying's redId;
                                  the sheet fills followers, 获赞与收藏, quotes, MCN and audience.
          --output <directory>    Write one <creator id>.json per creator here; default: JSON Lines on standard
                                  output, ready for 'kolvet batch -'.
          -h, --help              Show help information.

        """

    static var vet: String {
        let formats =
            (ReportFormats.all.map { ($0.identifier, $0.summary) }
            + VetCommand.pageFormats.map {
                ($0, "the page of `kolvet batch --format \($0)`, with this one creator")
            }).map { "                          \($0.0): \($0.1)" }.joined(separator: "\n")
        return """
            OVERVIEW: Vet one creator from a kolvet.dossier/1 JSON file (docs/dossier-format.md).

            USAGE: \(vetUsage)

            ARGUMENTS:
              <file>                  The dossier; '-' reads standard input.

            OPTIONS:
              --brief <file>          A kolvet.brief/1 JSON file: the brand's target audience, hard requirements,
                                      platform fee and minimum score (docs/brief-format.md).
              --config <file>         A kolvet.config/1 JSON file; keys it leaves out keep their defaults
                                      (docs/configuration.md).
              --format <format>       Output format (default: text):
            \(formats)
              --fail-under <score>    Exit 1 when the score is below this (0–100), as a pipeline gate;
                                      default: the brief's min_score.
              --min-coverage <share>  Exit 1 when the coverage (share of the signal weight resting on data
                                      present, 0–1) is below this.
              --now <date>            The date of the run (default: now), for reproducible future-date checks.
              -h, --help              Show help information.

            EXIT STATUS: 0 scored, nothing below the bar; 1 rejected or below --fail-under or
              --min-coverage; 2 the file could not
              be read or nothing in it could be scored; 64 usage error.

            """
    }
}
