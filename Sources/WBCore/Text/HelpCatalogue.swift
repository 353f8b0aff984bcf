/// The Japanese of `--help`: each tool's and command's summary, each option's help
/// and the `wb` overview, keyed by their English as the option tables declare it.
/// Kept apart from `Catalogue` because these are whole texts taken from the tables
/// (not `L("…")` templates); `CatalogueTests` fails on a text shown by `--help` with
/// no Japanese here and on an entry that no table shows any more.
enum HelpCatalogue {
    /// The text in the current language (English when it has no Japanese).
    static func text(_ english: String) -> String {
        Lang.current == .ja ? ja[english] ?? english : english
    }

    static let ja: [String: String] = [
        "1, 3, 5, 8 or 10":
            "1、3、5、8、10 のいずれか",
        "a first meeting right after the workshop, e.g. 2026-07-02T10:00":
            "ワークショップ直後の最初の会議 (例: 2026-07-02T10:00)",
        "A one-page report of the plan in Markdown or standalone HTML: headline, milestones with their gates, the timeline, decisions needed, overdue and blocked tasks with owners, what changed since the last report (--since), and the next two weeks (or up to a monthly meeting). In the plan's language unless --lang or the settings say otherwise.":
            "計画の 1 ページの報告書を Markdown か単独の HTML で書きます: 見出し、マイルストンとそのゲート、タイムライン、必要な意思決定、期限切れと停滞のタスクとその担当者、前回の報告からの変化 (--since)、次の 2 週間 (月に一度の会議なら次回まで)。--lang か設定で指定しない限り、計画の言語で書きます。",
        "a people table (name,email): task owners become ATTENDEEs":
            "担当者の表 (name,email): タスクの担当者を ATTENDEE にします",
        "a personal calendar: only this owner's tasks (the meeting, milestones and reports stay)":
            "個人のカレンダー: この担当者のタスクだけ (会議、マイルストン、報告は残ります)",
        "a reminder for each open task: 1d (09:00 the day before), 2d@08:30":
            "未完了の各タスクのリマインダー: 1d (前日の 09:00)、2d@08:30",
        "a reminder this long before each timed event, e.g. 15m":
            "時刻のある各イベントのこの時間前にリマインダー (例: 15m)",
        "a unit price without a period is paid once (value = market x share x price; the period does not multiply it)":
            "期間のない単価は 1 回の支払い (value = market x share x price。期間は掛けない)",
        "also the Day 2 session itself starting at DATETIME (for facilitators)":
            "DATETIME に始まる Day 2 のセッション自体も入れる (ファシリテーター向け)",
        "An iCalendar file of the plan.":
            "計画の iCalendar ファイル。",
        "Append a task with the next free id. Existing rows are copied byte for byte; a value for a column the table lacks adds that column.":
            "次の空いている id でタスクを追加します。既存の行は 1 バイトも変えずに写し、表にない列の値を指定するとその列を加えます。",
        "Backlog's 予定時間: difficulty × H hours":
            "Backlog の予定時間: 難易度 × H 時間",
        "Backlog's 種別 for every task (default タスク), or 'kind' for each task's kind":
            "全タスクの Backlog の種別 (既定はタスク)。'kind' なら各タスクの種別",
        "Bring status, owner and due back from a task system's own export (Backlog's, Jira's or GitLab's CSV export; the JSON of gh issue list --json number,title,state,assignees,milestone,body) into the plan: rows match tasks by key or by the wb-task marker, keys are filled in for newly matched tasks, every other field stays byte for byte. Rows that match no task, and rows that claim a task another row claims too, are listed on stderr.":
            "タスク管理システム自身の書き出し (Backlog、Jira、GitLab の CSV エクスポート、gh issue list --json number,title,state,assignees,milestone,body の JSON) から状態、担当者、期限を計画に取り込みます: 行はキーか wb-task マーカーでタスクに対応付け、新たに対応したタスクにはキーを記入し、ほかのフィールドは 1 バイトも変えません。どのタスクにも対応しない行と、ほかの行と同じタスクを指す行は標準エラーに一覧します。",
        "Change fields of the tasks with these ids (the weekly meeting's \"T3 done, T7 to 佐藤\"). Other rows and fields stay byte for byte; a value for a column the table lacks adds that column.":
            "指定した id のタスクのフィールドを変えます (定例会議の「T3 完了、T7 は佐藤さんへ」)。ほかの行とフィールドは 1 バイトも変えず、表にない列の値を指定するとその列を加えます。",
        "Check the milestones: order M1 <= M2 <= M3 <= M4, fans within 3 months and the press release within 6 months of the start, Who/What/How present, gates readable, dates valid and on working days.":
            "マイルストンを検査します: M1 <= M2 <= M3 <= M4 の順、ファンの獲得は開始から 3 か月以内、プレスリリースは 6 か月以内、Who/What/How があること、ゲートが読めること、日付が正しく営業日であること。",
        "Check the plan: schema problems and the workshop's group-review questions. Findings go to stdout as a table; exit 1 on an error (with --strict, on a warning).":
            "計画を検査します: 表の形の問題と、ワークショップのグループレビューの問い。指摘は表として標準出力に書き、エラーがあれば (--strict なら警告でも) 終了コード 1 で終わります。",
        "deck: keep the deck's rules and drop wb's recommendations; -RULE,...: turn rules off; all (default)":
            "deck: 資料のルールだけを残し wb の推奨を外す。-RULE,...: ルールを外す。all (既定)",
        "Draw the milestones on a date axis with today marked and progress per role: a terminal chart, or with --svg a standalone SVG roadmap.":
            "マイルストンを、今日の印と役割ごとの進捗とともに日付の軸に描きます: 端末のチャート、または --svg で単独の SVG ロードマップ。",
        "due date (2026-07-31, 7/31, 2026年7月31日), from today (+1w, 来週金曜) or from a milestone (M3の2週間前, 2 weeks before M3, with --milestones), written in ISO form":
            "期限 (2026-07-31、7/31、2026年7月31日)。今日から (+1w、来週金曜) やマイルストンから (M3の2週間前、2 weeks before M3。--milestones が必要) でも書けます。ISO の形で書きます",
        "end output lines with CRLF (default: LF)":
            "出力の行末を CRLF にする (既定: LF)",
        "event (all-day, default: Google and Outlook do not show to-dos) or todo (VTODO)":
            "event (終日。Google と Outlook は ToDo を表示しないため既定) か todo (VTODO)",
        "exit 1 on warnings too":
            "警告でも終了コード 1 にする",
        "export tasks that already have a key too":
            "すでにキーのあるタスクも書き出す",
        "first meeting on or after DATE (default: the first such weekday after the plan's start)":
            "最初の会議を DATE 以降に (既定: 計画の開始後の最初のその曜日)",
        "GitHub: the repository (default: the one gh runs in)":
            "GitHub: リポジトリ (既定: gh を実行する場所のリポジトリ)",
        "give a later file's clashing ids the next free ones (its own depends_on follow) instead of failing":
            "失敗する代わりに、後のファイルの重なる id を次の空いている id に付け替える (そのファイルの depends_on も追随)",
        "give to this role":
            "この役割に渡す",
        "guard cells starting with = + - @ with a leading apostrophe (formula injection)":
            "= + - @ で始まるセルの先頭にアポストロフィを付けて守る (数式インジェクション対策)",
        "IANA time zone of timed events (default: the settings' tz, else $TZ, else the system's); a team's own as TEAM=ZONE (again for each team)":
            "時刻のあるイベントの IANA タイムゾーン (既定: 設定の tz、なければ $TZ、なければシステムのもの)。チームごとのタイムゾーンは チーム=タイムゾーン (チームごとに繰り返す)",
        "ids (or, for a request, a role) it waits on":
            "待っている id (依頼なら役割)",
        "input encoding: utf-8 (BOM stripped), utf-16, cp932 (Shift_JIS from Japanese Excel); default utf-8, CP932 detected (by the streaming commands, from their input's first byte beyond ASCII); for export, the output's: utf-8 or cp932":
            "入力の文字コード: utf-8 (BOM は除く)、utf-16、cp932 (日本語版 Excel の Shift_JIS)。既定は utf-8 で、CP932 は自動で判別します (1 行ずつ処理するコマンドは入力の ASCII 以外の最初のバイトから)。export では出力の文字コード: utf-8 か cp932",
        "input format: csv or tsv (default: by extension, else sniffed)":
            "入力の形式: csv か tsv (既定: 拡張子から、なければ中身から判断)",
        "the task system the export comes from: backlog, jira, github or gitlab":
            "書き出し元のタスク管理システム: backlog、jira、github、gitlab",
        "ja or en for the words wb writes (default: the settings' lang, else from LANG, else en)":
            "wb が書く言葉の言語、ja か en (既定: 設定の lang、なければ LANG から、なければ en)",
        "Jira: each milestone an Epic, its tasks the children (parents first)":
            "Jira: 各マイルストンをエピックに、そのタスクを子に (親を先に)",
        "Jira: only tasks with a key, in the update-by-key form (an Issue Key column)":
            "Jira: キーのあるタスクだけを、キーで更新する形 (Issue Key 列) で",
        "Join several tasks files (each team's) into one plan: the first file's columns, then any column a later file adds (known columns under any of their names), every row kept byte for byte where it can be. An id used in two files is an error unless --renumber.":
            "複数のタスクファイル (チームごと) を 1 つの計画にまとめます: 最初のファイルの列に後のファイルが加える列を続け (既知の列はどの名前でも同じ列)、行はできる限り 1 バイトも変えずに残します。2 つのファイルで同じ id を使うと、--renumber がない限りエラーです。",
        "Judge mock-test results against a gate: per segment n, counts, rates, Wilson score intervals, verdict and evidence. Input: one row per tester (segment, solved, purchase) or counts (segment, n, solved, purchased). Exit 0 when every segment passes, 1 otherwise.":
            "モックテストの結果をゲートに照らして判定します: セグメントごとの人数、件数、割合、Wilson スコア区間、判定と根拠。入力はテスター 1 人 1 行 (segment, solved, purchase) か件数 (segment, n, solved, purchased)。すべてのセグメントが合格なら終了コード 0、そうでなければ 1。",
        "keep the N best":
            "上位 N 件を残す",
        "keep the N best of each unit":
            "単位ごとに上位 N 件を残す",
        "Keep the tasks that match every condition given (values may be lists: --role pm,dev).":
            "指定したすべての条件に合うタスクを残します (値は一覧でも可: --role pm,dev)。",
        "tasks whose Todo contains TEXT (letter case and full or half width ignored)":
            "Todo に TEXT を含むタスク (大文字と小文字、全角と半角は区別しない)",
        "kinds to keep, a list (task,request,validation,approval); !LIST keeps the others":
            "残す種別の一覧 (task,request,validation,approval)。!一覧 か 一覧以外 でそれ以外を残す",
        "leave out the CXO reports":
            "CXO 報告を入れない",
        "length of the CXO report (default 1h)":
            "CXO 報告の長さ (既定 1h)",
        "M3's gate: the value must reach N times the cost (the team chooses N)":
            "M3 のゲート: 価値がコストの N 倍に達すること (N はチームが決める)",
        "Market sizing: value = market_size x share x unit_price x period; ratio = value / cost; verdict against N (--multiple, a multiple column, or M3's gate value>=N*cost in --milestones); the share and unit price at which value equals the cost (breakeven) and N times the cost (required). Exit 1 when a scenario fails.":
            "市場規模の試算: value = market_size x share x unit_price x period、ratio = value / cost、N に対する判定 (--multiple、multiple 列、または --milestones の M3 のゲート value>=N*cost)、価値がコストに等しくなるシェアと単価 (損益分岐) とコストの N 倍になるシェアと単価 (必要値)。不合格のシナリオがあれば終了コード 1。",
        "md (CommonMark with tables) or html (one standalone page); default: by -o's extension, else md":
            "md (表つきの CommonMark) か html (単独の 1 ページ)。既定: -o の拡張子から、なければ md",
        "how many tasks each list names before a line counts the rest (default 30, a page's worth; 0 names them all)":
            "各一覧に挙げるタスクの数。残りは件数だけを 1 行で示す (既定 30、1 ページ分。0 ですべて挙げる)",
        "meet every N weeks: 1w (default), 2w":
            "N 週ごとに会議: 1w (既定)、2w",
        "merge into this tasks file: unchanged tasks stay byte for byte":
            "このタスクファイルにマージする: 変わらないタスクは 1 バイトも変えない",
        "milestone (required): M1-M4, 1-4, or a name":
            "マイルストン (必須): M1-M4、1-4、または名前",
        "milestones to keep, a list (M1,2,②,ファンの獲得); !LIST keeps the others":
            "残すマイルストンの一覧 (M1,2,②,ファンの獲得)。!一覧 か 一覧以外 でそれ以外を残す",
        "minutes of Listen, Define, Invent, Refine, Test/Iterate for --agenda (e.g. 20,20,10,20,20)":
            "--agenda の Listen、Define、Invent、Refine、Test/Iterate の分数 (例: 20,20,10,20,20)",
        "move to this milestone":
            "このマイルストンに移す",
        "new Todo text":
            "Todo の新しい文",
        "notes":
            "メモ",
        "only this team's rows of every table (a team column, チーム; its Japanese or English name); without it, a plan with a team column is grouped by team":
            "どの表もこのチームの行だけ (team 列、チーム。日本語か英語の名前)。指定がなければ、team 列のある計画はチームごとにまとめます",
        "ORGANIZER of every event, as METHOD:PUBLISH requires (default: the plan's name at a reserved .invalid address)":
            "全イベントの ORGANIZER。METHOD:PUBLISH が求めるもの (既定: 予約済みの .invalid アドレスに計画の名前)",
        "output format: csv or tsv (default: by -o's extension, else the input's, else csv)":
            "出力の形式: csv か tsv (既定: -o の拡張子から、なければ入力と同じ、なければ csv)",
        "the task system to write for: backlog, jira, github or gitlab":
            "書き出す先のタスク管理システム: backlog、jira、github、gitlab",
        "owners to keep, a list (white space, case and さん/様 aside); !LIST keeps the others":
            "残す担当者の一覧 (空白、大文字小文字、さん・様 は区別しない)。!一覧 か 一覧以外 でそれ以外を残す",
        "Per milestone: tasks total, done, doing, blocked, to do, percent done, overdue, days left and a state (done, on track, at risk, late).":
            "マイルストンごとに: タスクの総数、完了、進行中、停滞、未着手、完了率、期限切れ、残り日数、状態 (完了、順調、要注意、遅延)。",
        "Pivot tasks to the role x milestone grid: a row per milestone, a column per role, each cell the Todos one per line.":
            "タスクを役割 × マイルストンのグリッドに並べ替えます: マイルストンごとに 1 行、役割ごとに 1 列、各セルにはその Todo を 1 行に 1 つ。",
        "prefix each Todo with its [id], so that a Todo edited in the grid stays its task (unmatrix --base)":
            "各 Todo の前に [id] を付け、グリッドで文を編集した Todo も同じタスクのままマージで戻せるようにする (unmatrix --base)",
        "Print the empty role x milestone grid for the workshop room, in Japanese or English.":
            "ワークショップの会場で使う空の役割 × マイルストンのグリッドを、日本語か英語で出力します。",
        "print the events as a table (kind, uid, summary, start, end, rule) instead":
            "代わりにイベントを表として出力する (kind, uid, summary, start, end, rule)",
        "Print the four milestones with the deck's Who/What/How, gates and investments. Default dates: +1, +3, +5 and +6 months from --start, or the working day before a weekend or holiday.":
            "4 つのマイルストンを、資料の Who/What/How、ゲート、投資とともに出力します。既定の日付は --start から +1、+3、+5、+6 か月 (土日祝日ならその前の営業日)。",
        "print the header of an empty tasks table instead of the grid":
            "グリッドの代わりに空のタスク表のヘッダーを出力する",
        "product (default: saved x frequency per year) or sum (1-5 scores added)":
            "product (既定: 削減 × 年間の頻度) か sum (1〜5 のスコアの和)",
        "Question impact: saved per occurrence (15min, 2h, 15分, ¥500, 500円) x frequency (3/day, 2/week, 1日3回, 週2回) per year, times the people it concerns where a people (人数) column says, ranked within each unit; time and money are never compared. --mode sum adds 1-5 scores instead.":
            "問いのインパクト: 1 回あたりの削減 (15min、2h、15分、¥500、500円) × 頻度 (3/day、2/week、1日3回、週2回) の年間値を、people (人数) 列があればその人数倍にして、単位ごとに順位付けします。時間と金額は比べません。--mode sum なら代わりに 1〜5 のスコアを足します。",
        "rank every row in scope together, not within each team and pair (their columns: team, pair)":
            "チームとペアごとではなく、範囲内の全行をまとめて順位付けする (その列: team, pair)",
        "Rank inventions: total difficulty (a number, or the solutions' difficulties summed: 3+5) checked against the scale, impact per difficulty, a Pareto-front flag (no other is as impactful and easier), and rank.":
            "発明を順位付けします: 難易度の合計 (数値、または解決策の難易度の和: 3+5) を尺度と照合し、難易度あたりのインパクト、パレートフロントの印 (ほかにインパクトが同等以上でより易しいものがない)、順位を出します。",
        "Re-emit any table (no task schema needed) in canonical CSV or TSV, converting between them.":
            "どんな表でも (タスクの形でなくてよい) 正規の CSV か TSV で書き直し、両者を相互に変換します。",
        "read a day past the month's end as its last day (11/31 → 11/30) instead of failing":
            "月末を過ぎた日を失敗にせず月の最終日と読む (11/31 → 11/30)",
        "replace the input file (atomically), keeping its encoding, BOM and line endings":
            "入力ファイルを (不可分に) 置き換え、文字コード、BOM、行末はそのまま保つ",
        "results of wb-score gate --milestone M (or of market, for M3): a milestone whose tasks are done is done only when its gate passed (repeatable)":
            "wb-score gate --milestone M (M3 は market) の結果: タスクが完了したマイルストンは、そのゲートに合格して初めて完了 (繰り返し指定可)",
        "results of wb-score impact: the top question's yearly cost":
            "wb-score impact の結果: 最上位の問いの年間コスト",
        "results of wb-score invent: the top-ranked invention":
            "wb-score invent の結果: 最上位の発明",
        "results of wb-score market: M3's verdict, its numbers, and a decision when the market is below N times the cost":
            "wb-score market の結果: M3 の判定とその数字、市場がコストの N 倍に満たないときの判断事項",
        "results of wb-score market: the market, the price and the share the investment decision needs":
            "wb-score market の結果: 投資判断に必要な市場、価格、シェア",
        "rewrite a tasks table's due dates in ISO form (2026-12-10), read against the plan's start":
            "タスク表の期限を ISO の形 (2026-12-10) に書き直す (計画の開始を基準に読む)",
        "role (required): pm, dev, ds, sales, ux, cs, exec, or one the settings declare":
            "役割 (必須): pm、dev、ds、sales、ux、cs、exec、または設定で宣言したもの",
        "roles to keep, a list (pm,dev,開発者); !LIST keeps the others":
            "残す役割の一覧 (pm,dev,開発者)。!一覧 か 一覧以外 でそれ以外を残す",
        "SEQUENCE of every component (default: a sequence column, else 0)":
            "全コンポーネントの SEQUENCE (既定: sequence 列、なければ 0)",
        "set any other column (repeatable); a column the table lacks is added":
            "ほかの列を設定する (繰り返し指定可)。表にない列は加える",
        "share of testers who must solve their problem (default 80%)":
            "課題を解決しなければならないテスターの割合 (既定 80%)",
        "share who must decide to buy (default 50%)":
            "購入を決めなければならない割合 (既定 50%)",
        "show this help and exit":
            "このヘルプを表示して終了する",
        "sort by rank (within each team and pair)":
            "順位で並べる (チームとペアごと)",
        "sort by team and pair, unit, then rank":
            "チームとペア、単位、順位の順に並べる",
        "start output with a UTF-8 BOM (for Excel)":
            "出力の先頭に UTF-8 の BOM を付ける (Excel 向け)",
        "statuses to keep, a list (todo,doing,done,blocked); !LIST keeps the others":
            "残す状態の一覧 (todo,doing,done,blocked)。!一覧 か 一覧以外 でそれ以外を残す",
        "task, request, validation or approval":
            "task、request、validation、approval のいずれか",
        "tasks due after DATE (also from today, +1w, or a milestone's, M2)":
            "期限が DATE より後のタスク (今日から +1w、マイルストンの日付 M2 でも可)",
        "tasks due before DATE (also from today, +1w, or a milestone's, M2); a deadline (今週中, 月末, by fri) counts its own day":
            "期限が DATE より前のタスク (今日から +1w、マイルストンの日付 M2 でも可)。締め切りの言い方 (今週中、月末、金曜まで) ならその日も含む",
        "tasks past due and not done (against --today)":
            "期限を過ぎて未完了のタスク (--today が基準)",
        "the allowed difficulties (default 1,3,5,8,10)":
            "許される難易度 (既定 1,3,5,8,10)",
        "table (default: CSV or TSV, as --to says), text (file:line[:col]: severity: message [rule], for editors) or github (annotations of a GitHub Actions run)":
            "table (既定: --to のとおり CSV か TSV)、text (ファイル:行[:桁]: 重大度: 内容 [ルール]。エディター向け)、github (GitHub Actions の実行での注釈) のいずれか",
        "the axis width in columns (default 56, narrowed to fit a terminal)":
            "軸の幅の桁数 (既定 56。端末ではその幅に収まるように狭める)",
        "draw the chart with ASCII only (. * # -), for a terminal that shows East Asian ambiguous characters (· ◆ █ ░) two columns wide; the default when RUNEWIDTH_EASTASIAN=1":
            "図を ASCII の文字 (. * # -) だけで描く。東アジアの幅が曖昧な文字 (· ◆ █ ░) を 2 桁で表示する端末向け。RUNEWIDTH_EASTASIAN=1 のときの既定",
        "the column to split by: team (default), owner, milestone, role or any other":
            "分ける基準の列: team (既定)、owner、milestone、role、またはほかの列",
        "the date to judge overdue and days left against (default: today where the plan is, by the settings' tz, else the machine's); never changes what a date means":
            "期限切れと残り日数を判断する基準日 (既定: 計画のある場所の今日。設定の tz、なければこのマシンの時刻で決める)。日付の意味は変えない",
        "the done condition":
            "完了の条件",
        "the interval's confidence (default 95%)":
            "区間の信頼度 (既定 95%)",
        "the last export: changed events get SEQUENCE + 1, vanished ones come once more as CANCELLED":
            "前回の書き出し: 変わったイベントは SEQUENCE + 1、消えたイベントは CANCELLED としてもう一度出す",
        "the milestone the verdicts are for (a milestone column that status --gates reads); with --milestones its gate's thresholds apply":
            "判定の対象となるマイルストン (status --gates が読む milestone 列)。--milestones があればそのゲートの基準を使う",
        "the milestones' dates, as people write them (7/31,9/15,11/30) or from the start (+2m,+4m); missing ones default":
            "マイルストンの日付を人が書くままに (7/31,9/15,11/30)、または開始日から (+2m,+4m)。ないものは既定値",
        "The numbers behind decisions: mock-test gates with small-sample statistics, market sizing against N x cost, question impact, invention ranking. Input columns are kept; computed ones are appended.":
            "意思決定を支える数字: 小標本の統計によるモックテストのゲート、コストの N 倍と比べる市場規模、問いのインパクト、発明の順位付け。入力の列は残し、計算した列を後ろに加えます。",
        "the plan to bring the state into":
            "状態を取り込む先の計画",
        "The plan's four milestones: defaults in Japanese or English, dates as people write them, the plan's rules, and progress joined from the tasks.":
            "計画の 4 つのマイルストン: 日本語か英語の既定値、人が書くままの日付、計画のルール、タスクから集めた進捗。",
        "the plan's milestones table (its dates, names and own milestone ids)":
            "計画のマイルストン表 (日付、名前、独自のマイルストン id)",
        "the plan's name in each issue's wb-task marker (default: the settings' name, else the file's name)":
            "各課題の wb-task マーカーに入れる計画の名前 (既定: 設定の name、なければファイル名)",
        "the plan's name: the calendar's name and the root of every UID (default: wb plan)":
            "計画の名前: カレンダーの名前で、すべての UID の元 (既定: wb plan)",
        "the plan's settings (key,value); default: $WB_SETTINGS, else settings.csv here if it exists; /dev/null for none":
            "計画の設定 (key,value)。既定: $WB_SETTINGS、なければこの場所の settings.csv (あれば)。/dev/null なら設定なし",
        "the plan's start, the workshop day, the anchor of dates without a year (default: the settings' start, else one month before M1; for init, today)":
            "計画の開始日 (ワークショップの日で、年のない日付の基準。既定: 設定の start、なければ M1 の 1 か月前。init では今日)",
        "The plan's task list: convert CSV and TSV, pivot to the role x milestone matrix and merge it back, filter, add, and review the plan.":
            "計画のタスク一覧: CSV と TSV の変換、役割 × マイルストンの表への並べ替えとその差し戻し、絞り込み、追加、計画のレビュー。",
        "the plan's tasks table":
            "計画のタスク表",
        "the report for this milestone's CXO meeting (default: the progress report)":
            "このマイルストンの CXO 会議向けの報告 (既定: 進捗報告)",
        "the role columns (default: pm,dev,ds and the roles the settings declare)":
            "役割の列 (既定: pm,dev,ds と設定で宣言した役割)",
        "the role columns, in order (default: pm,dev,ds, the roles the settings declare, and any other role in use)":
            "役割の列を順に (既定: pm,dev,ds、設定で宣言した役割、使われているほかの役割)",
        "the system's state words: 'Review=doing,保留=blocked' (before the defaults)":
            "システムの状態の言葉: 'Review=doing,保留=blocked' (既定より優先)",
        "the tasks file of the last report: what is done, added, removed, moved, reopened, blocked, unblocked, started or fell late since":
            "前回の報告のタスクファイル: それ以降に完了、追加、削除、移動、再開、停滞、停滞から再開、着手、遅延したもの",
        "the team's own days off besides weekends (and Japan's holidays for a plan in Japan): dates and ranges, e.g. 12/24..12/26,1/1 or 8/13〜8/16; in a plan of teams a team's own as TEAM=DATES, apart by ;":
            "土日 (日本の計画では祝日と年末年始も) のほかのチームの休業日: 日付と範囲。例: 12/24..12/26,1/1 や 8/13〜8/16。チームのある計画ではチームごとの休業日も チーム=日付 で書ける (; で区切る)",
        "the progress meeting: weekday, time, length, e.g. \"mon 10:00 30m\" or \"木 10:00 30分\"; monthly \"毎月第2月曜 10:00\" or \"第2・第4月曜 10:00\"; a team's own as TEAM=SPEC (again for each team)":
            "進捗会議: 曜日、時刻、長さ (例: \"mon 10:00 30m\" か \"木 10:00 30分\"、月ごとなら \"毎月第2月曜 10:00\" や \"第2・第4月曜 10:00\")。チームごとの会議は チーム=会議 (チームごとに繰り返す)",
        "the year of dates written without one (7/31)":
            "年なしで書いた日付 (7/31) の年",
        "time of the CXO report on each milestone's date (default 16:00)":
            "各マイルストンの日の CXO 報告の時刻 (既定 16:00)",
        "todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)":
            "todo、doing、done、blocked (未着手、進行中、完了、停滞) のいずれか",
        "Turn a role x milestone grid back into tasks. With --base, merge the edited grid into the tasks it came from.":
            "役割 × マイルストンのグリッドをタスクに戻します。--base があれば、編集したグリッドを元のタスクにマージします。",
        "usage: wb <tool> [command] [options] [file]\n       wb help <tool> [command]\n       wb --version\n\nwb keeps a launch plan from an ML Enablement Workshop in CSV/TSV files.\n\nTools:\n  tasks        the task list: the grid for spreadsheets and its lossless merge, set, add, filter,\n               check, export to and import from Backlog, Jira, GitHub and GitLab, split and merge\n  milestones   the four milestones: init, check, status, timeline, the report for the executive,\n               the PR/FAQ draft\n  score        gates from mock tests, market sizing, question impact, invention ranking\n  ics          an RFC 5545 calendar of the plan that updates in place\n\nThe workflow:\n  1. grid      wb tasks template > grid.csv; fill it in the room; wb tasks unmatrix grid.csv > plan.csv\n  2. settings  wb milestones init --start 2026-12-03 --settings settings.csv -o milestones.csv\n  3. check     wb tasks check --milestones milestones.csv plan.csv\n  4. calendar  wb ics --tasks plan.csv milestones.csv -o plan.ics\n  5. weekly    wb tasks set T3 --status done -i plan.csv; wb ics ... --previous plan.ics\n  6. report    wb milestones report --tasks plan.csv milestones.csv -o report.html\n\n`wb tasks ...` is `wb-tasks ...`. Docs: man wb (formats, settings, exit statuses),\nman wb-tasks, wb-milestones, wb-score, wb-ics; wb help <tool>.\n":
            "使い方: wb <tool> [command] [options] [file]\n        wb help <tool> [command]\n        wb --version\n\nwb は ML Enablement Workshop で立てた立ち上げ計画を CSV/TSV ファイルで管理します。\n\nツール:\n  tasks        タスク一覧: スプレッドシート用のグリッドとその無損失のマージ、set、add、filter、\n               check、Backlog・Jira・GitHub・GitLab への書き出しと取り込み、チームごとの split と merge\n  milestones   4 つのマイルストン: init、check、status、timeline、経営者への報告書、\n               PR/FAQ の草稿\n  score        モックテストのゲート、市場規模、問いのインパクト、発明の順位付け\n  ics          計画の RFC 5545 カレンダー (読み込み直すと更新)\n\n流れ:\n  1. grid      wb tasks template > grid.csv; 会場で記入; wb tasks unmatrix grid.csv > plan.csv\n  2. settings  wb milestones init --start 2026-12-03 --settings settings.csv -o milestones.csv\n  3. check     wb tasks check --milestones milestones.csv plan.csv\n  4. calendar  wb ics --tasks plan.csv milestones.csv -o plan.ics\n  5. weekly    wb tasks set T3 --status done -i plan.csv; wb ics ... --previous plan.ics\n  6. report    wb milestones report --tasks plan.csv milestones.csv -o report.html\n\n`wb tasks ...` は `wb-tasks ...` と同じです。文書: man wb (形式、設定、終了コード)、\nman wb-tasks、wb-milestones、wb-score、wb-ics。wb help <tool>。\n",
        "use this id instead of the next free one":
            "次の空いている id の代わりにこの id を使う",
        "what to do (required)":
            "やること (必須)",
        "who does it":
            "担当者",
        "Write an RFC 5545 calendar of the plan: each milestone as an all-day event, a CXO report on each milestone's date, the progress meeting as one recurring event, and optionally the tasks. UIDs come from the plan's name and ids, so a re-import updates events instead of duplicating them.":
            "計画の RFC 5545 カレンダーを書きます: 各マイルストンを終日イベントに、各マイルストンの日に CXO 報告、定例進捗会議を 1 つの繰り返しイベントに、必要ならタスクも。UID は計画の名前と id から作るので、読み込み直すとイベントは重複せずに更新されます。",
        "write an SVG roadmap instead of the terminal chart":
            "端末のチャートの代わりに SVG のロードマップを書く",
        "write files of at most N rows: -o base.csv gives base-1.csv, base-2.csv… (Backlog takes 250 a file)":
            "最大 N 行ずつのファイルに分けて書く: -o base.csv なら base-1.csv、base-2.csv… (Backlog は 1 ファイル 250 行まで)",
        "write milestones, roles, statuses and kinds as ja or en display names; for computed tables (status, check, scores) the words of the header and states, en giving the canonical ones":
            "マイルストン、役割、状態、種別を ja か en の表示名で書く。計算した表 (status、check、スコア) ではヘッダーと状態の言葉で、en なら正規の言葉",
        "write one file per part into DIR (made if needed); every file is written or none":
            "部分ごとに 1 ファイルを DIR に書く (なければ作る)。すべて書くか 1 つも書かないか",
        "Write one file per team (--by team) or per value of another column into a directory, each with the header and its rows byte for byte; every file is written or none.":
            "チームごと (--by team) またはほかの列の値ごとに 1 ファイルをディレクトリに書きます。各ファイルにはヘッダーとその行を 1 バイトも変えずに入れ、すべてのファイルを書くか 1 つも書かないかのどちらかです。",
        "Write the PR/FAQ draft in Markdown: the places the numbers answer (the market and the share behind the investment decision, what the mock testers did, the top question's yearly cost, the price in the resource-cost FAQ) are filled from wb-score's results, and from the plan the release date (M4's), who does what by when and the hardest tasks (--tasks); the others stay as [placeholders]. Without results, the blank template.":
            "PR/FAQ の下書きを Markdown で書きます: 数字で答える箇所 (投資判断の根拠となる市場とシェア、モックテスターの結果、最上位の問いの年間コスト、リソースコストの FAQ の価格) は wb-score の結果で、発表日 (M4 の日付)、誰が何をいつまでにするか、最も難しいタスク (--tasks) は計画から埋め、ほかは [プレースホルダー] のまま残します。結果がなければ空のテンプレート。",
        "Write the tasks for a task system's own import: Backlog (課題の一括登録 CSV), Jira Cloud (CSV importer), GitLab (issue CSV import), or GitHub (a POSIX shell script of gh calls, printed, never run). Tasks that already have a key are left out unless --all. Every description carries the marker wb-task: PLAN#ID that import finds again.":
            "タスク管理システム自身の取り込み用にタスクを書きます: Backlog (課題の一括登録 CSV)、Jira Cloud (CSV インポーター)、GitLab (課題の CSV インポート)、GitHub (gh を呼ぶ POSIX シェルスクリプトを出力するだけで、実行はしません)。すでにキーのあるタスクは --all がない限り除きます。各説明には import が見つけ直すためのマーカー wb-task: PLAN#ID が入ります。",
        "write to FILE, replacing it only when the command succeeds":
            "FILE に書く。コマンドが成功したときだけ置き換える",
    ]
}
