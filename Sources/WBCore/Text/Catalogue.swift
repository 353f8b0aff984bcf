/// The Japanese catalogue: each English message template (see `Msg`) and its
/// Japanese. `%1`, `%2`… are the message's values, in any order; `%%` is a percent sign.
/// Generated keys must match the sources: `CatalogueTests` fails on a message with
/// no Japanese and on a Japanese entry with no message.
enum Catalogue {
    static let ja: [String: String] = [
        "usage: %1 <command> [options] [file]":
            "使い方: %1 <command> [options] [file]",
        "usage: %1 %2":
            "使い方: %1 %2",
        "Commands:":
            "コマンド:",
        "Options:":
            "オプション:",
        "Examples:":
            "例:",
        "Run '%1 <command> --help' for a command's options.":
            "コマンドのオプションは '%1 <command> --help' で表示します。",
        "Common options, before or after the command: -o FILE (atomic output), --settings FILE, --lang LANG, --version, --help.":
            "共通のオプション (コマンドの前後どちらにも書けます): -o FILE (不可分な出力)、--settings FILE、--lang LANG、--version、--help。",
        "print the version and exit":
            "バージョンを表示して終了する",
        "tasks: %1":
            "タスク %1 件",
        "--complete-values takes a kind (%1), the word being completed and the command line before it":
            "--complete-values には種類 (%1)、補完する語、その前までのコマンドラインを渡します",
        "Exit status: 0 ok, 1 a check or gate did not pass, 64 usage, 65 bad data, 66 no input, 70 internal error, 73 cannot create output, 74 I/O error.":
            "終了コード: 0 正常、1 検査かゲートが不合格、64 使い方の誤り、65 データの誤り、66 入力がない、70 内部エラー、73 出力を作れない、74 入出力エラー。",
        "this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)":
            "iCalendar ファイルではありません (BEGIN:VCALENDAR で始まっていません)",
        "SEQUENCE '%1' is not a whole number below %2 (RFC 5545's INTEGER, which the next export raises by one)":
            "SEQUENCE '%1' は %2 未満の整数ではありません (RFC 5545 の INTEGER で、次の書き出しで 1 増えます)",
        "the file ends inside the component that starts here: is it cut short? Give the whole last export":
            "ここで始まるコンポーネントの途中でファイルが終わっています。途中で切れていませんか? 前回の書き出しを丸ごと渡してください",
        "the file does not end with END:VCALENDAR: is it cut short? Give the whole last export":
            "ファイルが END:VCALENDAR で終わっていません。途中で切れていませんか? 前回の書き出しを丸ごと渡してください",
        "this event has no UID":
            "このイベントには UID がありません",
        "sequence '%1' is not a whole number from 0 to %2":
            "sequence '%1' は 0 から %2 までの整数ではありません",
        "%1 has no date: it is left out of the calendar":
            "%1 に日付がないため、カレンダーに入れていません",
        "Who measures":
            "誰が計測するか",
        "What is measured":
            "どう計測するか",
        "How it passes":
            "合格の基準",
        "Gate":
            "ゲート",
        "State: %1 (%2/%3 tasks done)":
            "状態: %1 (タスク %2/%3 完了)",
        "State: %1":
            "状態: %1",
        "Gate passed: %1":
            "ゲート合格: %1",
        "Gate failed: %1":
            "ゲート不合格: %1",
        "Gate: no result yet":
            "ゲート: 判定結果はまだありません",
        "CXO report: %1 %2":
            "CXO報告: %1 %2",
        "Report the completion of %1 to the executive sponsor":
            "%1 の完了を経営層に報告する",
        "no milestone has a date, so the meeting has no end":
            "日付のあるマイルストンがないため、定例会議の終わりが決まりません",
        "give --from or --start for the meeting":
            "定例会議のために --from か --start を指定してください",
        "the first meeting (%1) is after the last milestone (%2)":
            "最初の定例会議 (%1) が最後のマイルストン (%2) より後です",
        "Progress meeting":
            "定例進捗会議",
        "Review milestones and tasks (wb-milestones status)":
            "マイルストンとタスクの進捗を確認する (wb-milestones status)",
        "Kickoff: first meeting after the workshop":
            "キックオフ (ワークショップ後の初回会議)",
        "[done] %1":
            "[完了] %1",
        "Done when: %1":
            "完了の条件: %1",
        "Planning: timeline":
            "計画: タイムライン",
        "Planning: individual tasks":
            "計画: 個人のタスク",
        "Planning: group review":
            "計画: グループレビュー",
        "Planning: commitment":
            "計画: コミットメント",
        "Planning: register the tasks and set the meetings":
            "計画: タスクの登録と定例会議の設定",
        "Day 2: %1":
            "Day 2 (改善編): %1",
        "a people table has the columns name and email":
            "担当者の表には name と email の列が必要です",
        "'%1' is not an e-mail address":
            "'%1' はメールアドレスではありません",
        "time zone '%1' has no data":
            "タイムゾーン '%1' にデータがありません",
        "the time-zone file for %1 is damaged":
            "%1 のタイムゾーンファイルが壊れています",
        "'%1' is empty, not a number":
            "'%1' は空で、数値ではありません",
        "'%1' is not a number":
            "'%1' は数値ではありません",
        "'%1' is not a number; write 1200000, 1,200,000, 12万 or 3.5億":
            "'%1' は数値ではありません。1200000、1,200,000、12万、3.5億 のように書いてください",
        "share '%1' is more than 100%%; write 5%% or 0.05":
            "シェア '%1' が 100%% を超えています。5%% または 0.05 のように書いてください",
        "share '%1' must be between 0%% and 100%%":
            "シェア '%1' は 0%% から 100%% の間でなければなりません",
        "unknown period '%1' in '%2'; use /month, /year or /once (/月, /年, /回)":
            "'%2' の期間 '%1' が分かりません。/月、/年、/回 (/month、/year、/once) を使ってください",
        "hours":
            "時間",
        "yen":
            "円",
        "impact: '%1' is in %2, line %3's in %4: inventions are ranked on one kind of impact":
            "impact: '%1' は%2、%3 行目は%4です。発明は同じ種類のインパクトで順位を付けます",
        "'%1' is not an impact; write a number (208), or a yearly one as wb-score impact writes it (208h/year, ¥180,000/year)":
            "'%1' はインパクトではありません。数 (208) か、wb-score impact が書く年あたりの値 (年間 208 時間、年間 180,000 円) を書いてください",
        "%1h/year":
            "年間 %1 時間",
        "¥%1/year":
            "年間 %1 円",
        "'%1' mixes money and time (%2): time and money cannot be compared or added; give them as separate questions":
            "'%1' はお金と時間 (%2) が混ざっています。時間とお金は比べることも足すこともできないので、別々の問いにしてください",
        "'%1' mixes money and time: time and money cannot be compared or added; give them as separate questions":
            "'%1' はお金と時間が混ざっています。時間とお金は比べることも足すこともできないので、別々の問いにしてください",
        "'%1' has no unit; write time (15min, 2h, 15分, 2時間) or money (¥500, 500円)":
            "'%1' に単位がありません。時間 (15分、2時間、15min、2h) かお金 (500円、¥500) で書いてください",
        "'%1': unknown unit or number; write 15min, 2h, 15分, 2時間, ¥500 or 500円":
            "'%1' の単位か数値が分かりません。15分、2時間、500円、15min、2h、¥500 のように書いてください",
        "'%1' is not a frequency; write 3/day, 2/week, 1/month, 1日3回, 週2回 or 月1回":
            "'%1' は頻度ではありません。1日3回、週2回、月1回、1週間に2回、3/day、2/week のように書いてください",
        "this is not a result of wb-score %1: it has no %2 column":
            "wb-score %1 の結果ではありません: %2 列がありません",
        "gate: '%1' needs a percentage, like %2>=80%%":
            "ゲート: '%1' には %2>=80%% のような割合が必要です",
        "gate: write the market gate as value>=N*cost (N the multiple the team chose)":
            "ゲート: 市場のゲートは value>=N*cost と書いてください (N はチームが決めた倍率)",
        "gate: '%1' is not a multiple; write value>=3*cost":
            "ゲート: '%1' は倍率ではありません。value>=3*cost のように書いてください",
        "gate: unknown criterion '%1'; use solved, purchase, segment or value":
            "ゲート: 不明な基準 '%1' です。solved、purchase、segment、value を使ってください",
        "gate: cannot read '%1'; write solved>=80%% purchase>=50%% segment=internal, or value>=3*cost":
            "ゲート: '%1' を読めません。solved>=80%% purchase>=50%% segment=internal か value>=3*cost のように書いてください",
        "this is not a result of wb-score gate or market: it has no verdict column":
            "wb-score gate / market の結果ではありません (verdict (判定) 列がありません)",
        "the gate results have no milestone column: write them with wb-score gate --milestone M1":
            "ゲートの結果に milestone (マイルストン) 列がありません。wb-score gate --milestone M1 で書き出してください",
        "unknown milestone '%1'; use M1-M4, 1-4, ①-④ or a milestone's name":
            "不明なマイルストン '%1' です。M1〜M4、1〜4、①〜④ かマイルストン名を使ってください",
        "1 answer decides nothing yet ('%1'): counted as no, since a gate counts who solved and who decided to buy":
            "まだ決まっていない回答が 1 件あります ('%1')。ゲートは解決した人と購入を決めた人を数えるため、いいえとして数えました",
        "%1 answers decide nothing yet (the first '%2'): counted as no, since a gate counts who solved and who decided to buy":
            "まだ決まっていない回答が %1 件あります (最初は '%2')。ゲートは解決した人と購入を決めた人を数えるため、いいえとして数えました",
        "tester '%1' is named again (first on line %2): both rows are counted; remove one if it is the same person":
            "テスター '%1' がもう一度出てきます (最初は %2 行目)。両方の行を数えています。同じ人なら 1 行を削除してください",
        "%1 rows name a tester again (the first '%2', first on line %3): each is counted; remove the repeats if they are the same people":
            "%1 行でテスターがもう一度出てきます (最初は '%2'、最初の行は %3 行目)。どの行も数えています。同じ人なら重複を削除してください",
        "1 answer is empty: counted as no; write no, or leave the tester out until they answer":
            "空欄の回答が 1 件あります。いいえとして数えました。いいえと書くか、回答があるまでそのテスターを外してください",
        "%1 answers are empty (the first here): counted as no; write no, or leave the testers out until they answer":
            "空欄の回答が %1 件あります (最初はここ)。いいえとして数えました。いいえと書くか、回答があるまでそのテスターを外してください",
        "task ids %1 and %2 differ only in case, so set cannot tell which is meant; make them distinct first (check reports them)":
            "タスク ID %1 と %2 は大文字と小文字だけが違うため、set はどちらのことか判断できません。先に ID を区別してください (check が報告します)",
        "setting '%1': there is no file '%2'; correct the setting or give --%3":
            "設定 '%1': ファイル '%2' がありません。設定を直すか --%3 を指定してください",
        "setting 'tasks': there is no file '%1'; correct the setting or name the file":
            "設定 'tasks': ファイル '%1' がありません。設定を直すかファイルを指定してください",
        // split's part for the rows with the column empty (a file name).
        "unassigned":
            "未割り当て",
        "'%1' is a tasks table (it has milestone, role and todo columns), given where the milestones table goes: give the milestones table, and the tasks with --tasks":
            "'%1' はタスク表です (milestone、role、todo の列があります)。マイルストン表を渡す位置に渡されています。マイルストン表を渡し、タスク表は --tasks で指定してください",
        "'%1' is the tasks table, given where the milestones table goes: write %2 milestones.csv --tasks %3":
            "'%1' はタスク表で、マイルストン表の場所に指定されています。次のように書いてください: %2 milestones.csv --tasks %3",
        "--tasks is recorded in the settings init writes: give --settings FILE too":
            "--tasks は init が書く設定に記録します。--settings FILE も指定してください",
        "the ids come before the file: write %1":
            "id はファイルの前に書きます。次のように書いてください: %1",
        "set needs the ids of the tasks to change before the file: set T3 --status done %1":
            "set には、ファイルの前に変更するタスクの ID が必要です: set T3 --status done %1",
        "verdict '%1' is neither pass nor fail":
            "判定 '%1' は合格 (pass) でも不合格 (fail) でもありません",
        "value %1× the cost":
            "価値はコストの %1 倍",
        "n=0, no testers yet":
            "n=0、テスターはまだいません",
        "n=%1, solved %2%% (%3–%4%%), purchase %5%% (%6–%7%%), %8 evidence":
            "n=%1、課題解決 %2%% (%3–%4%%)、購入決定 %5%% (%6–%7%%)、根拠: %8",
        "grid column %1 has no name but holds '%2': give it a role's name or empty it":
            "グリッドの %1 列目に名前がないのに '%2' が入っています。役割の名前を付けるか空にしてください",
        "grid column '%1' is not a role":
            "グリッドの列 '%1' は役割ではありません",
        "; the grid's columns are the milestone, then roles (pm, dev, ds ...)":
            "。グリッドの列はマイルストン、続いて役割 (pm、dev、ds など) です",
        "; the grid's columns are the milestone, then roles (pm, dev, ds ...); declare a team's own in the settings: %1":
            "。グリッドの列はマイルストン、続いて役割 (pm、dev、ds など) です。チーム独自の役割は設定で宣言します: %1",
        "this grid row has no milestone in its first column":
            "このグリッドの行は、最初の列にマイルストンがありません",
        "unknown milestone '%1' in the grid's first column":
            "グリッドの最初の列に不明なマイルストン '%1' があります",
        "this grid row is team '%1''s, but --team is '%2'":
            "このグリッドの行はチーム '%1' のものですが、--team は '%2' です",
        "task id %1 appears twice in the grid (also at %2)":
            "タスク id %1 がグリッドに 2 回あります (%2 にも)",
        "%1 has a team column but the grid has none: give --team, or merge the grid matrix writes without --team":
            "%1 にはチーム列がありますが、グリッドにはありません。--team を指定するか、--team なしの matrix が書くグリッドをマージしてください",
        "the grid has a team column but %1 has none":
            "グリッドにはチーム列がありますが、%1 にはありません",
        "duplicate task id %1 in the base file":
            "元のファイルにタスク id %1 が重複しています",
        "task id %1 is not in %2; remove the [%3] prefix to add it as a new task":
            "タスク id %1 は %2 にありません。新しいタスクとして追加するなら先頭の [%3] を消してください",
        "task id %1 appears twice in the grid (also at %2); a task lives in one cell":
            "タスク id %1 がグリッドに 2 回あります (%2 にも)。タスクは 1 つのセルにだけ置けます",
        "task %1 is not team '%2''s; merge the grid of every team (matrix without --team) to move it":
            "タスク %1 はチーム '%2' のものではありません。移すには全チームのグリッド (--team なしの matrix) をマージしてください",
        "removed task %1 (%2, %3): %4":
            "タスク %1 (%2、%3) を削除しました: %4",
        "added task %1 (%2, %3): %4":
            "タスク %1 (%2、%3) を追加しました: %4",
        "merged %1 into %2: %3 changed, %4 added, %5 removed, %6 unchanged":
            "%1 を %2 にマージしました: 変更 %3 件、追加 %4 件、削除 %5 件、変更なし %6 件",
        "removed task %1 (%2, %3): its [%4] is left with no text in the grid (%5); it was %6":
            "タスク %1 (%2、%3) を削除しました。グリッド (%5) で [%4] の後に文がありません。元は %6 でした",
        "this merge removes 1 task and keeps %1: did the grid lose its [id] prefixes? Check it before replacing %2":
            "このマージはタスクを 1 件削除し、%1 件を残します。グリッドの [id] が失われていませんか? %2 を置き換える前に確認してください",
        "this merge removes %1 tasks and keeps %2: did the grid lose its [id] prefixes? Check it before replacing %3":
            "このマージはタスクを %1 件削除し、%2 件を残します。グリッドの [id] が失われていませんか? %3 を置き換える前に確認してください",
        "and %1 more renumbered tasks, %2 in all":
            "ほかに番号を付け直したタスクが %1 件 (全 %2 件)",
        "and %1 more removed tasks, %2 in all":
            "ほかに削除したタスクが %1 件 (全 %2 件)",
        "and %1 more added tasks, %2 in all":
            "ほかに追加したタスクが %1 件 (全 %2 件)",
        "task %1 (%2) found by its text at %3, without its id: moved to (%4)":
            "タスク %1 (%2) を id のない %3 の文で見つけ、(%4) に移しました",
        "and %1 more tasks moved, found by their text, %2 in all":
            "ほかに文で見つけて移したタスクが %1 件 (全 %2 件)",
        "1 line without an id kept its task, found by its text in the same cell":
            "id のない 1 行は、同じセルの同じ文のタスクとして残しました",
        "%1 lines without an id kept their tasks, found by their text in the same cell":
            "id のない %1 行は、同じセルの同じ文のタスクとして残しました",
        "task %1 is removed and %2 adds a line to its cell: if that line is %3 edited, put [%4] in front of it, or its other columns (owner, due, status...) are lost":
            "タスク %1 は削除され、同じセルに %2 の行が追加されます。その行が %3 を編集したものなら先頭に [%4] を付けてください。付けないと担当・期限・状態などのほかの列は失われます",
        "and %1 more removed tasks whose cell gets a new line, %2 in all":
            "ほかにも %1 件のタスクが削除され、そのセルに新しい行が追加されています (全 %2 件)",
        "Todos that start with a blank line, in %1: a grid made without --ids cannot give them back (their lines join the Todo above them, and unmatrix --base removes their tasks); make the grid with --ids, or start each Todo with its text":
            "空行で始まる Todo があります (%1)。--ids なしで作ったグリッドからは元に戻せません (その行は上の Todo の続きになり、unmatrix --base はそのタスクを削除します)。--ids 付きでグリッドを作るか、各 Todo を本文から始めてください",
        "task %1 is removed: its Todo starts with a blank line, which a grid made without --ids cannot give back (its lines join the Todo above it); make the grid with --ids, or start the Todo with its text":
            "タスク %1 は削除されます。その Todo は空行で始まっており、--ids なしで作ったグリッドからは元に戻せません (その行は上の Todo の続きになります)。--ids 付きでグリッドを作るか、Todo を本文から始めてください",
        "and %1 more removed tasks whose Todo starts with a blank line, %2 in all":
            "ほかにも %1 件のタスクが、Todo が空行で始まるため削除されます (全 %2 件)",
        "and %1 more removed tasks whose text comes back as a new task without its id, %2 in all":
            "ほかにも %1 件のタスクが削除され、その文が id のない新しいタスクとして戻っています (全 %2 件)",
        "task %1 is removed, but its text comes back as a new task at %2 without its id: its other columns (owner, due, status...) are lost; put [%3] back in front of it":
            "タスク %1 は削除されますが、その文が %2 に id のない新しいタスクとして戻っています。担当・期限・状態などのほかの列は失われます。先頭に [%3] を戻してください",
        "a milestones table needs an 'id' column (M1-M4) or a 'name' column":
            "マイルストン表には 'id' 列 (M1〜M4) か 'name' 列が必要です",
        "this milestone has no id; use M1, M2, M3 or M4":
            "このマイルストンには id がありません。M1、M2、M3、M4 を使ってください",
        "--rules takes deck, all, or rule names to turn off (-overdue), not '%1'":
            "--rules には deck、all、または外すルール名 (-overdue) を指定してください ('%1' ではなく)",
        "--rules: unknown rule '%1'":
            "--rules: 不明なルール '%1' です",
        "; the rules are %1":
            "。ルールは %1 です",
        "'%1' is not a role declaration; write id:日本語:English, e.g. pr:広報:PR (the id in ASCII letters)":
            "'%1' は役割の宣言ではありません。id:日本語:English (例: pr:広報:PR、id は半角英字) と書いてください",
        "role '%1' is declared twice":
            "役割 '%1' が 2 回宣言されています",
        "role '%1' is built in (%2, %3); name it alone to use it, without labels":
            "役割 '%1' は組み込みです (%2、%3)。使うときはラベルを付けず、名前だけを書いてください",
        "the role is empty":
            "役割が空です",
        "unknown role '%1'":
            "不明な役割 '%1' です",
        "; the roles are %1 (or their Japanese or English names); declare another in the settings: roles,qa:QA:QA":
            "。役割は %1 (またはその日本語名・英語名) です。ほかの役割は設定で宣言できます: roles,qa:QA:QA",
        "the changed table went to standard output and %1 is as it was; give -i to change the file":
            "変更した表は標準出力に書き、%1 は元のままです。ファイルを変えるには -i を指定してください",
        "unknown milestone '%1'":
            "不明なマイルストン '%1' です",
        "--%1: unknown milestone '%2'":
            "--%1: 不明なマイルストン '%2' です",
        "; use M1-M4, 1-4, ①-④ or a milestone's name":
            "。M1〜M4、1〜4、①〜④ かマイルストン名を使ってください",
        "--%1: unknown status '%2'":
            "--%1: 不明な状態 '%2' です",
        "; use todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)":
            "。未着手、進行中、完了、停滞 (todo、doing、done、blocked) を使ってください",
        "--%1: unknown kind '%2'":
            "--%1: 不明な種別 '%2' です",
        "; use task, request, validation or approval (タスク, 依頼, 技術検証, 稟議)":
            "。タスク、依頼、技術検証、稟議 (task、request、validation、approval) を使ってください",
        "--%1 takes 1, 3, 5, 8 or 10, not '%2'":
            "--%1 には 1、3、5、8、10 のいずれかを指定してください ('%2' ではなく)",
        "--%1: the Todo cannot be empty":
            "--%1: Todo は空にできません",
        "--%1: the id cannot be empty":
            "--%1: id は空にできません",
        "the milestone is empty; use M1, M2, M3 or M4":
            "マイルストンが空です。M1、M2、M3、M4 を使ってください",
        "unknown status '%1'; use todo, doing, done or blocked (未着手, 進行中, 完了, 停滞)":
            "不明な状態 '%1' です。未着手、進行中、完了、停滞 (todo、doing、done、blocked) を使ってください",
        "unknown kind '%1'; use task, request, validation or approval (タスク, 依頼, 技術検証, 稟議)":
            "不明な種別 '%1' です。タスク、依頼、技術検証、稟議 (task、request、validation、approval) を使ってください",
        "difficulty '%1' is not on the scale 1, 3, 5, 8, 10":
            "難易度 '%1' は尺度 1、3、5、8、10 にありません",
        "column '%1' appears twice (columns %2 and %3); rename one":
            "列 '%1' が 2 回あります (%2 列目と %3 列目)。どちらかの名前を変えてください",
        "columns %1 and %2 both mean '%3'; rename or remove one":
            "%1 列目と %2 列目がどちらも '%3' を表しています。どちらかの名前を変えるか削除してください",
        "%1; %2":
            "%1。%2",
        "--to %1 would write %2 into %3, which this run replaces and whose name says %4: leave --to out, or write another file with -o":
            "--to %1 では、この実行で置き換える %3 に %2 を書き込むことになりますが、その名前は %4 を示しています。--to を外すか、-o で別のファイルに書いてください",
        "the first line '%1' is Excel's hint of the separator, not a header: delete that line":
            "1 行目の '%1' は Excel 向けの区切り文字の指定で、ヘッダーではありません。その行を削除してください",
        "the header is one column with tabs in it: the file is tab-separated; give --from tsv":
            "ヘッダーがタブを含む 1 列になっています。タブ区切りのファイルです。--from tsv を指定してください",
        "the header is one column with commas in it: the file is comma-separated; give --from csv":
            "ヘッダーがカンマを含む 1 列になっています。カンマ区切りのファイルです。--from csv を指定してください",
        "the header is one column with semicolons in it: save the file from the spreadsheet as CSV with commas":
            "ヘッダーがセミコロンを含む 1 列になっています。表計算ソフトからカンマ区切りの CSV として保存し直してください",
        "columns missing from the header: %1; this table needs %2 (or %3)":
            "ヘッダーに %1 の列がありません。この表には %3 (%2) の列が必要です",
        "--%1 takes ja or en, not '%2'":
            "--%1 には ja か en を指定してください ('%2' ではなく)",
        "a settings table starts with the header 'key,value'":
            "設定の表はヘッダー 'key,value' で始まります",
        "unknown setting '%1'":
            "不明な設定 '%1' です",
        "; the keys are ":
            "。設定のキーは次のとおりです: ",
        "setting '%1' is given twice (also at %2)":
            "設定 '%1' が 2 回あります (%2 にも)",
        "setting '%1': ":
            "設定 '%1': ",
        "the value is empty":
            "値が空です",
        "'%1' is not a date":
            "'%1' は日付ではありません",
        " (the start needs its year: 2026-12-01)":
            " (開始日には年が必要です: 2026-12-01)",
        " (the first meeting needs its year: 2026-08-10)":
            " (初回会議には年が必要です: 2026-08-10)",
        "'%1' is not a number of weeks like 1w or 2w":
            "'%1' は 1w や 2w のような週数ではありません",
        "'%1' is not a positive number":
            "'%1' は正の数ではありません",
        "wrote the plan's settings to %1":
            "計画の設定を %1 に書き出しました",
        "1 error":
            "エラー 1 件",
        "%1 errors":
            "エラー %1 件",
        "1 warning":
            "警告 1 件",
        "%1 warnings":
            "警告 %1 件",
        "%1, %2":
            "%1、%2",
        "--from is now --first-meeting (--from names the input format in the other tools)":
            "--from は --first-meeting になりました (ほかのツールでは --from は入力形式を指します)",
        "--tasks-as takes event or todo, not '%1'":
            "--tasks-as には event か todo を指定してください ('%1' ではなく)",
        "--sequence takes 0 to %1, not %2":
            "--sequence には 0 から %1 を指定してください (%2 ではなく)",
        "--owner keeps one owner's tasks: give --tasks FILE":
            "--owner は一人の担当者のタスクを残します。--tasks FILE を指定してください",
        "--organizer takes an e-mail address, not '%1'":
            "--organizer にはメールアドレスを指定してください ('%1' ではなく)",
        "--task-alarm takes days before the task, optionally with a time: 1d (09:00 the day before), 2d@08:30, not '%1'":
            "--task-alarm にはタスクの何日前か (時刻も可) を指定してください: 1d (前日 09:00)、2d@08:30 ('%1' ではなく)",
        "none of the events of %1 is in this calendar, and all %2 come back cancelled: was the plan renamed (an event's UID carries the plan's name), or is %3 another plan's calendar?":
            "%1 の予定はこのカレンダーに 1 件もなく、%2 件すべてを取り消しとして書きました。計画の名前を変えましたか (予定の UID には計画の名前が入ります)、それとも %3 は別の計画のカレンダーですか?",
        "%1 holds an event wb did not make (%2), left as it is: is it the calendar wb-ics wrote last?":
            "%1 には wb が作っていない予定 (%2) があり、そのままにしました。wb-ics が前回書き出したカレンダーですか?",
        "%1 holds %2 events wb did not make (%3…), left as they are: is it the calendar wb-ics wrote last?":
            "%1 には wb が作っていない予定が %2 件あり (%3…)、そのままにしました。wb-ics が前回書き出したカレンダーですか?",
        "%1 changed, %2 cancelled since %3":
            "%3 から %1 件変更、%2 件取り消し",
        " and %1 more": " ほか %1 個",
        "unknown time zone '%1'": "不明なタイムゾーン '%1' です",
        "; use an IANA name such as Asia/Tokyo, America/New_York or UTC": "。Asia/Tokyo、America/New_York、UTC のような IANA の名前を使ってください",
        "'%1' is not one day: write the day (7/25) or the month's end (7月末, end of July)":
            "'%1' は 1 日に決まりません。日付 (7/25) か月末 (7月末、end of July) を書いてください",
        "; a date left out is +1, +3, +5 or +6 months from the start": "。省いた日付は開始日の 1、3、5、6 か月後です",
        "; or one from the start: +3m, +6m, 6か月後": "。または開始日から: +3m、+6m、6か月後",
        "cells that reach the 32,767 characters Excel keeps of a cell: %1; a spreadsheet cuts them there (Google Sheets at 50,000) and unmatrix refuses a cell of that length: pivot fewer tasks at a time, with wb-tasks filter first or --team":
            "Excel がセルに保てる 32,767 文字に達するセルがあります: %1。スプレッドシートはそこで切り詰め (Google スプレッドシートは 50,000 文字)、unmatrix はその長さのセルを受け付けません。wb-tasks filter で絞るか --team で、一度に並べるタスクを減らしてください",
        "this cell holds %1 characters, all that a spreadsheet keeps of a cell (Excel 32,767, Google Sheets 50,000): it was most likely cut there, which would change its last Todo and remove the tasks after it; make the grid from fewer tasks at a time (matrix warns of such cells)":
            "このセルは %1 文字で、スプレッドシートがセルに保てる上限 (Excel 32,767、Google スプレッドシート 50,000) ちょうどです。そこで切り詰められた可能性が高く、最後の Todo が変わり、その後のタスクが消えてしまいます。一度に並べるタスクを減らしてグリッドを作り直してください (matrix が該当するセルを警告します)",
        "--meeting-every takes a number of weeks like 1w or 2w, not '%1'":
            "--meeting-every には 1w や 2w のような週数を指定してください ('%1' ではなく)",
        "--agenda needs --phases: the minutes of Listen, Define, Invent, Refine and Test/Iterate (the deck leaves them to the team)":
            "--agenda には --phases が必要です: Listen、Define、Invent、Refine、Test/Iterate の分数 (配分はチームが決めます)",
        "--phases takes five lengths in minutes (20 or 20分), not '%1'":
            "--phases には 5 つの長さを分で指定してください (20 または 20分、'%1' ではなく)",
        "--phases takes five numbers (Listen, Define, Invent, Refine, Test/Iterate), got %1":
            "--phases には 5 つの数 (Listen、Define、Invent、Refine、Test/Iterate) が必要ですが、%1 個でした",
        "the five phases take %1 minutes; the Day 2 agenda allows about 90-100":
            "5 つのフェーズで %1 分になります。Day 2 の進行ではおよそ 90〜100 分です",
        "%1 is already on line %2":
            "%1 はすでに %2 行目にあります",
        "the plan has no %1 (%2)":
            "計画に %1 (%2) がありません",
        "%1 (%2) comes before %3 (%4); milestones go M1 <= M2 <= M3 <= M4":
            "%1 (%2) が %3 (%4) より前です。マイルストンは M1 <= M2 <= M3 <= M4 の順です",
        "%1 has no date":
            "%1 に日付がありません",
        "M1 (%1) is before the plan's start (%2): fine when the sponsor was won before the workshop (the deck's earlier session), but then mark its tasks done":
            "M1 (%1) が計画の開始 (%2) より前です。スポンサーをワークショップ前 (実践編) に獲得済みなら問題ありませんが、その場合はタスクを完了にしてください",
        "M3 (%1) is more than 3 months after the start (%2): the deck prefers the market size estimated within 3 months":
            "M3 (%1) が開始 (%2) から 3 か月より後です。資料では「3 カ月以内に市場規模の推定を行っておくことが好ましい」とされています",
        "M2 (%1) is %2 months after the start (%3): aim for the first fans within 1-3 months, before something more urgent takes the team":
            "M2 (%1) が開始 (%3) から %2 か月後です。より緊急の案件がチームを奪う前に、1〜3 か月以内に最初のファンを獲得しましょう",
        "M4 (%1) is more than 6 months after the start (%2): the workshop plans a real press release within 6 months":
            "M4 (%1) が開始 (%2) から 6 か月より後です。ワークショップでは 6 か月以内に実際のプレスリリースを出す計画を立てます",
        "no %1: say who measures, what is measured and how it passes":
            "%1 がありません。誰が計測し、何を計測し、何をもって合格とするかを書いてください",
        "no gate: write its pass criterion (e.g. solved>=80%% purchase>=50%%)":
            "ゲートがありません。合格の基準を書いてください (例: solved>=80%% purchase>=50%%)",
        "the gate's multiple N is not chosen yet: write value>=3*cost (or the team's N)":
            "ゲートの倍率 N がまだ決まっていません。value>=3*cost (またはチームの N) と書いてください",
        "the milestones table is given twice: '%1' and --milestones '%2'":
            "マイルストン表が 2 回指定されています: '%1' と --milestones '%2'",
        "init takes no file":
            "init はファイルを取りません",
        "--multiple needs a positive number, not '%1'":
            "--multiple には正の数を指定してください ('%1' ではなく)",
        "--dates takes at most four dates (M1-M4)":
            "--dates に指定できる日付は 4 つ (M1〜M4) までです",
        "%1 holds the results of %2 teams: a PR/FAQ is one team's, give --team (%3)":
            "%1 には %2 チームの結果があります。PR/FAQ は 1 チームのものなので --team を指定してください (%3)",
        "prfaq quotes one gate result: give --gates once":
            "prfaq が引用するゲート結果は 1 つです: --gates は 1 回だけ指定してください",
        "--milestone %1 is not in %2":
            "--milestone %1 は %2 にありません",
        "--since compares two tasks files: give --tasks FILE too":
            "--since は 2 つのタスクファイルを比べます。--tasks FILE も指定してください",
        "--format takes md or html, not '%1'":
            "--format には md か html を指定します ('%1' は使えません)",
        "--tasks FILE is required":
            "--tasks FILE が必要です",
        "no milestone has a date: nothing to draw":
            "日付のあるマイルストンがないため、描くものがありません",
        "--width takes 20 to 1000 columns, not %1":
            "--width には 20〜1000 桁を指定してください (%1 ではなく)",
        "column '%1' appears twice (columns %2 and %3)":
            "列 '%1' が 2 回あります (%2 列目と %3 列目)",
        "the header has no %1 column":
            "ヘッダーに %1 列がありません",
        "the header has no '%1' column, and %2 columns could be it: %3; rename one to %4":
            "ヘッダーに '%1' 列がなく、それらしい列が %2 つあります: %3。どれか 1 つの名前を %4 にしてください",
        "column '%1' read as %2":
            "列 '%1' を %2 として読みます",
        " (or %1)":
            " (別名: %1)",
        "--milestones needs --milestone (M1, M2)":
            "--milestones には --milestone (M1、M2) が必要です",
        "; its milestones are ":
            "。マイルストンは次のとおりです: ",
        "%1's gate has no solved/purchase thresholds":
            "%1 のゲートに solved/purchase の基準がありません",
        "--confidence must be between 0%% and 100%%":
            "--confidence は 0%% から 100%% の間で指定してください",
        "more solved or purchased (%1) than testers (%2)":
            "課題解決または購入の数 (%1) がテスターの数 (%2) より多くなっています",
        "the table has no segment column: its testers are taken as the segment the milestone's gate judges (%1); add a segment column if some are not":
            "表にセグメントの列がないので、テスターはマイルストンのゲートが判定するセグメント (%1) として数えます。そうでないテスターがいれば segment 列を加えてください",
        "no testers in segment '%1' (the milestone's gate)":
            "セグメント '%1' (マイルストンのゲート) のテスターがいません",
        "no testers: the table has no rows":
            "テスターがいません (表に行がありません)",
        "no testers: nothing to judge yet":
            "テスターがいません。まだ判定できません",
        "only 1 tester: fewer than 5 is weak evidence":
            "テスターが 1 人だけです。5 人未満は根拠として弱いです",
        "only %1 testers: fewer than 5 is weak evidence":
            "テスターが %1 人だけです。5 人未満は根拠として弱いです",
        "team %1, segment %2: %3":
            "チーム %1、セグメント %2: %3",
        "segment %1: %2":
            "セグメント %1: %2",
        "--%1 takes a percentage like 80%% (or 0.8), not '%2'":
            "--%1 には 80%% (または 0.8) のような割合を指定してください ('%2' ではなく)",
        "'%1' is not a count (a whole number)":
            "'%1' は件数 (整数) ではありません",
        "'%1' is not yes or no (use yes/no, true/false, 1/0, ○/×, はい/いいえ)":
            "'%1' は はい/いいえ のどちらでもありません (はい/いいえ、○/×、yes/no、true/false、1/0 を使ってください)",
        "--mode takes product or sum, not '%1'":
            "--mode には product か sum を指定してください ('%1' ではなく)",
        "'%1' is not a score from 1 to 5 (--mode sum)":
            "'%1' は 1〜5 のスコアではありません (--mode sum)",
        "--scale takes whole numbers, not '%1'":
            "--scale には整数を指定してください ('%1' ではなく)",
        "the difficulty is empty":
            "難易度が空です",
        "'%1' is not on the difficulty scale %2":
            "'%1' は難易度の尺度 %2 にありません",
        "the total difficulty is too large":
            "難易度の合計が大きすぎます",
        "give --multiple N (the deck leaves N to the team; keep it in the settings as multiple,N), a multiple column, or --milestones with M3's gate value>=N*cost":
            "--multiple N (N はチームが決めます。設定に 倍率,N と書いておけます)、multiple (倍率) 列、または M3 のゲート value>=N*cost を持つ --milestones を指定してください",
        "unit_price: '%1' has no period: is it per month, per year or one-off? Write %2/月, %3/年 or %4/回 (or give --one-off)":
            "unit_price: '%1' に期間がありません。月額、年額、一回払いのどれですか? %2/月、%3/年、%4/回 のいずれかで書いてください (または --one-off を指定)",
        "no multiple for this row; fill the multiple column or give --multiple":
            "この行には倍率がありません。multiple 列を埋めるか --multiple を指定してください",
        "cost must be more than 0":
            "コストは 0 より大きくなければなりません",
        "the milestones have no M3, whose gate gives the multiple N":
            "マイルストンに、倍率 N をゲートに持つ M3 がありません",
        "M3's gate does not give the multiple N: write the team's N there (value>=3*cost), or give --multiple N (multiple,N in the settings)":
            "M3 のゲートに倍率 N がありません。そこにチームの N を書くか (value>=3*cost)、--multiple N を指定してください (設定なら multiple,N)",
        "--%1 is required":
            "--%1 が必要です",
        "--id %1 is already used":
            "--id %1 はすでに使われています",
        "--id %1 is already used as %2: people and some systems take them for one":
            "--id %1 は %2 としてすでに使われています。大文字・小文字や全角・半角の違いだけの id は、人にもシステムにも同じ id に見えます",
        "--set takes COLUMN=VALUE, not '%1'":
            "--set には 列=値 を指定してください ('%1' ではなく)",
        "added the column '%1' at the end (empty for the other rows)":
            "列 '%1' を末尾に追加しました (ほかの行は空)",
        "the Todo is empty":
            "Todo が空です",
        "id %1 is already used on line %2 by team %3; ids are unique across the teams of one plan (wb-tasks merge --renumber)":
            "ID %1 は %2 行目でチーム %3 が使っています。1 つの計画では ID はチームをまたいで一意です (wb-tasks merge --renumber)",
        "id %1 is already used on line %2":
            "id %1 はすでに %2 行目で使われています",
        "id %1 differs from %2 (line %3) only in case or width: people and some systems take them for one":
            "id %1 と %2 (%3 行目) は大文字小文字か全角半角だけが違います。人や一部のシステムは同じものとみなします",
        "id %1 holds '%2', which separates the ids of depends_on and of set: no task can depend on it and set cannot name it":
            "id %1 に「%2」が含まれています。depends_on と set では id の区切りになるため、このタスクには依存できず、set でも指定できません",
        "id %1 holds '%2', which separates the ids of depends_on: no task can depend on it":
            "id %1 に「%2」が含まれています。depends_on では id の区切りになるため、このタスクには依存できません",
        "id %1 holds '%2', which separates the ids given to set: set cannot name it":
            "id %1 に「%2」が含まれています。set に渡す id の区切りになるため、set で指定できません",
        "depends on '%1', which is not a task id in the plan":
            "依存先 '%1' は計画のタスク id ではありません",
        "due %1, after its milestone %2 on %3":
            "期限 %1 がマイルストン %2 (%3) より後です",
        "%1 has no Todo for %2 (%3 / %4): every role acts on the first two milestones":
            "%1 に %2 (%3 / %4) の Todo がありません。最初の 2 つのマイルストンでは全員が動きます",
        "a request (依頼) must name the task or role it waits on in %1":
            "依頼は、待っているタスクか役割 (または部署) を「%1」列に書いてください",
        "the kind is empty; taken as %1 (%2) from the word '%3' in the Todo":
            "種別が空のため、Todo の言葉 '%3' から %1 (%2) とみなしました",
        "difficulty %1 needs a technical validation (技術検証) task in %2":
            "難易度 %1 のタスクには、「%2」列に技術検証のタスクが必要です (wb の推奨)",
        "its validation %1 is due %2, after this task (%3)":
            "技術検証 %1 の期限 %2 がこのタスク (%3) より後です",
        "depends on %1, due %2, after this task (%3)":
            "依存先 %1 の期限 %2 がこのタスク (%3) より後です",
        "no approval (稟議) task: plan the request to executives for the time and money of market validation":
            "稟議のタスクがありません。市場検証に必要な期間とリソースを確保するための、経営層への起案を計画してください",
        "the approval (稟議) for market validation should be due before M2":
            "市場検証のための稟議は M2 より前に期限を置くことを推奨します",
        "due %1, 1 day ago, and not done":
            "期限 %1 を 1 日過ぎていて、完了していません",
        "due %1, %2 days ago, and not done":
            "期限 %1 を %2 日過ぎていて、完了していません",
        "no %1: a task worth tracking has an owner, a due date and a done condition":
            "%1 がありません。追跡すべきタスクには担当、期限、完了条件があります",
        "the plan has no %1 column":
            "計画に %1 列がありません",
        " (its kind is taken from the word '%1')":
            " (種別は言葉 '%1' から判断しました)",
        "dependency cycle: ":
            "依存関係が循環しています: ",
        "export needs --to backlog, jira, github or gitlab":
            "export には --to backlog、jira、github、gitlab のどれかが必要です",
        "--hours-per-point takes a positive number of hours, not '%1'":
            "--hours-per-point には正の時間数を指定します ('%1' ではなく)",
        "--repo takes OWNER/NAME, not '%1'":
            "--repo には OWNER/NAME を指定します ('%1' ではなく)",
        "--%1 is for --to %2":
            "--%1 は --to %2 のときだけ使えます",
        "'%1': the year %2 is out of range (1000 to 9999)":
            "'%1': %2 年は範囲外です (年は 1000〜9999)",
        "the plan is too large to check in one piece (at most 2,147,483,646 tasks and 4 GiB of ids and dependencies); split it with wb-tasks split and check each part":
            "計画が大きすぎて一度にチェックできません (タスクは最大 2,147,483,646 件、id と依存関係は合わせて 4 GiB まで)。wb-tasks split で分けて、それぞれをチェックしてください",
        "--year takes a year from 1000 to 9999, not '%1'":
            "--year には 1000〜9999 の年を指定してください ('%1' ではなく)",
        "export writes utf-8 or cp932":
            "export が書ける文字コードは utf-8 か cp932 です",
        "--bom is for UTF-8 output: CP932 has no byte-order mark (leave out --bom or --encoding cp932)":
            "--bom は UTF-8 の出力のためのものです。CP932 にはバイト順マークがありません（--bom か --encoding cp932 のどちらかを外してください）",
        "--split writes several files: give -o base.csv":
            "--split は複数のファイルを書きます: -o base.csv を指定してください",
        "--split is for the CSV exports":
            "--split は CSV の出力にだけ使えます",
        "1 task already has a key and is left out (--all exports it)":
            "キーがすでにあるタスク 1 件は出力しません (--all で出力します)",
        "%1 tasks already have a key and are left out (--all exports them)":
            "キーがすでにあるタスク %1 件は出力しません (--all で出力します)",
        "Backlog registers at most 250 issues a file and the plan has %1: use --split 250 -o base.csv":
            "Backlog が 1 ファイルで登録できる課題は 250 件までで、計画には %1 件あります: --split 250 -o base.csv を使ってください",
        "wrote 1 file: %1":
            "1 個のファイルを書きました: %1",
        "wrote %1 files: %2":
            "%1 個のファイルを書きました: %2",
        "in Jira's CSV importer, set the date format to yyyy-MM-dd and map 'Link: is blocked by' to the Blocks link":
            "Jira の CSV インポーターでは日付形式を yyyy-MM-dd にし、'Link: is blocked by' を Blocks のリンクに対応づけてください",
        "import needs --from backlog, jira, github or gitlab":
            "import には --from backlog、jira、github、gitlab のどれかが必要です",
        "import needs --base PLAN: the plan the state goes into":
            "import には --base PLAN (状態を取り込む計画) が必要です",
        "--status-map takes WORD=STATUS pairs with todo, doing, done or blocked, not '%1'":
            "--status-map には 語=状態 の組 (状態は todo、doing、done、blocked) を指定します ('%1' ではなく)",
        "; or one from today: +3d, +1w, fri, next fri, 3日後, 来週金曜":
            "。今日からの日付でもかまいません: 3日後、2週間後、金曜、来週金曜、+3d、next fri",
        "; or one from today: +3d, +1w, fri, next fri, 3日後, 来週金曜; or from a milestone: M3の2週間前, 2 weeks before M3":
            "。今日からの日付 (3日後、2週間後、金曜、来週金曜、+3d、next fri) や、マイルストンからの日付 (M3の2週間前、M2の前日、2 weeks before M3) でもかまいません",
        "a date counted from %1 needs the plan's milestones: give --milestones FILE, or name it in the settings (milestones,FILE)":
            "%1 から数える日付には計画のマイルストンが必要です。--milestones FILE を指定するか、設定に書いてください (milestones,FILE)",
        "%1 has no date in the plan's milestones, so '%2' gives no date to count from":
            "計画のマイルストンで %1 に日付がないため、'%2' から日付を数えられません",
        // The separator of a list of words inside a sentence (Sequence.listed).
        ", ":
            "、",
        // The separator of the PR/FAQ's lists of figures in a sentence.
        "; ":
            "。",
        "'%1' is too large a number":
            "'%1' は大きすぎる数です",
        "the value (market × share × unit price × period) is too large to compute":
            "価値 (市場規模 × シェア × 単価 × 期間) が大きすぎて計算できません",
        "the yearly impact (saved × frequency) is too large to compute":
            "年あたりのインパクト (削減 × 頻度) が大きすぎて計算できません",
        "--to chooses a table's format, and --format %1 writes lines: give one of them":
            "--to は表の形式を選び、--format %1 は行を書きます。どちらか一方を指定してください",
        "--format takes table, text or github, not '%1'":
            "--format には table、text、github のいずれかを指定してください ('%1' ではなく)",
        "no task has the owner '%1'":
            "担当が '%1' のタスクはありません",
        "; no task has an owner yet":
            "。担当のあるタスクはまだありません",
        "; the owners are %1":
            "。担当は %1 です",
        "the table has no owner column, so no task has an owner":
            "表に owner (担当) 列がないため、担当のあるタスクはありません",
        "task %1 is due %2, after its milestone %3 on %4; check reports it as an error":
            "タスク %1 の期限 %2 がマイルストン %3 (%4) より後です。check はエラーとして報告します",
        "the task is due %1, after its milestone %2 on %3; check reports it as an error":
            "タスクの期限 %1 がマイルストン %2 (%3) より後です。check はエラーとして報告します",
        "task %1 is due %2, before %3 it depends on (due %4); check warns of it":
            "タスク %1 の期限 %2 が、依存先 %3 の期限 (%4) より前です。check が警告します",
        "--depends-on: task %1 would depend on itself; check reports it as a cycle":
            "--depends-on: タスク %1 が自分自身に依存することになります。check は循環として報告します",
        "--depends-on: %1 is not a task id in the plan nor a role; check reports it":
            "--depends-on: %1 は計画のタスク id でも役割でもありません。check が報告します",
        "--%1 needs at least one value":
            "--%1 には値が 1 つ以上必要です",
        "--name needs the plan's name, not an empty string":
            "--name には計画の名前が必要です (空の文字列は使えません)",
        "nothing changed: %1 already had these values":
            "変更はありません: %1 はすでにこの値です",
        "task %1 has the same Todo: added again; remove one if it was added twice":
            "タスク %1 に同じ Todo があります。もう一度追加しました。二重に追加したのなら片方を削除してください",
        "the same Todo is already in the plan: added again; remove one if it was added twice":
            "同じ Todo がすでに計画にあります。もう一度追加しました。二重に追加したのなら片方を削除してください",
        "added task %1":
            "タスク %1 を追加しました",
        "no day is after %1 and before %2: nothing can be kept; were --due-after and --due-before swapped?":
            "%1 より後で %2 より前の日はないため、何も残りません。--due-after と --due-before が逆ではありませんか?",
        "--contains needs the text to look for":
            "--contains には探す文字列が必要です",
        "%1 of the rows that matched no task carry the marker of plan '%2', not '%3': if that is this plan, give --plan '%4'":
            "どのタスクにも一致しなかった行のうち %1 行は計画 '%2' のマーカーを持っています ('%3' ではありません)。それがこの計画なら --plan '%4' を指定してください",
        "its task keeps its status":
            "そのタスクの状態は変えません",
        "the %1 tasks in that state keep their status":
            "その状態の %1 件のタスクの状態は変えません",
        "%1: state '%2' is not one wb knows; %3 (map it: --status-map '%4=doing')":
            "%1: 状態 '%2' は wb の知らない語です。%3 (対応付けるには --status-map '%4=doing')",
        "%1 matches no task in %2; left out":
            "%1 は %2 のどのタスクにも一致しません。取り込みません",
        "%1 of %2 tasks changed, 1 row matched no task":
            "%2 件中 %1 件のタスクを更新しました。一致しない行が 1 件あります",
        "%1 of %2 tasks changed, %3 rows matched no task":
            "%2 件中 %1 件のタスクを更新しました。一致しない行が %3 件あります",
        "--ids needs an 'id' column; add one (wb-tasks add numbers new tasks)":
            "--ids には 'id' 列が必要です。追加してください (wb-tasks add は新しいタスクに番号を付けます)",
        "--ids needs an id on every task; this one has none":
            "--ids にはすべてのタスクに id が必要ですが、このタスクにはありません",
        "--ids writes each task's id on its line of the cell; this id has a line break":
            "--ids は各タスクの id をセル内のその行に書きますが、この id には改行があります",
        "set needs the ids of the tasks to change (T3 or T3,T7)":
            "set には変更するタスクの id が必要です (T3 や T3,T7)",
        "'%1' is no file: write %2":
            "'%1' というファイルはありません。次のように書いてください: %2",
        "%1 are no files: write %2":
            "%1 というファイルはありません。次のように書いてください: %2",
        "set takes the ids and one file at most; got %1 files":
            "set が取るのは id とファイル 1 つまでですが、ファイルが %1 個ありました",
        "say what to change: --status, --owner, --due, ... or --set COLUMN=VALUE":
            "何を変えるか指定してください: --status、--owner、--due など、または --set 列=値",
        "set finds tasks by id, and this table has no 'id' column":
            "set は id でタスクを探しますが、この表には 'id' 列がありません",
        "task id %1 appears twice; set changes one task per id":
            "タスク id %1 が 2 回あります。set は 1 つの id で 1 つのタスクを変更します",
        "in team %1":
            "チーム %1 に",
        "in the table":
            "表に",
        "no task with id %1 %2":
            "ID %1 のタスクが%2ありません",
        "no task with id %1 %2: set reads each comma (, 、 ，) between two ids, in quotes too, so an id that holds one cannot be named (check warns of such ids: id-separator)":
            "ID %1 のタスクが%2ありません。set は引用符の中でもカンマ (, 、 ，) を id の区切りと読むため、カンマを含む id は指定できません (check がそうした id を警告します: id-separator)",
        "split writes one file per part (team, or the --by column's value): give -o DIR":
            "split は部分 (チーム、または --by の列の値) ごとにファイルを書きます。-o DIR を指定してください",
        "merge needs the files to join":
            "merge には結合するファイルが必要です",
        "template takes no file":
            "template はファイルを取りません",
        "Sunday": "日曜日",
        "Monday": "月曜日",
        "Tuesday": "火曜日",
        "Wednesday": "水曜日",
        "Thursday": "木曜日",
        "Friday": "金曜日",
        "Saturday": "土曜日",
        "'%1' is said from today, and a date in a table must stay one day: write the date itself":
            "'%1' は今日から数えた日付ですが、表の日付は動かない 1 日でなければなりません。日付そのものを書いてください",
        "'%1': %2 is a %3, not %4":
            "'%1': %2 は%3です (%4 ではありません)",
        "; %1 is a %2: write the year, or give --year %3":
            "。%1 なら%2です: 年を書くか、--year %3 を指定してください",
        "January":
            "1月",
        "February":
            "2月",
        "March":
            "3月",
        "April":
            "4月",
        "May":
            "5月",
        "June":
            "6月",
        "July":
            "7月",
        "August":
            "8月",
        "September":
            "9月",
        "October":
            "10月",
        "November":
            "11月",
        "December":
            "12月",
        "the date is empty":
            "日付が空です",
        "'%1' looks like a spreadsheet's serial number of a day (%2): format the column as dates before saving, or write %3":
            "'%1' は表計算ソフトの日付のシリアル値 (%2) のようです。保存する前に列を日付の書式にするか、%3 と書いてください",
        "'%1' has its year last, and could be %2 or %3: write it year first":
            "'%1' は年が最後にあり、%2 とも %3 とも読めます。年を先に書いてください",
        "'%1' has its year last: write it year first, %2":
            "'%1' は年が最後にあります。年を先に %2 と書いてください",
        "'%1' has a time of day: a date here is a day; write it without the time":
            "'%1' には時刻があります。ここでの日付は 1 日なので、時刻を付けずに書いてください",
        "'%1' is ambiguous: write the year with four digits (2026-07-31)":
            "'%1' はあいまいです。年を 4 桁で書いてください (2026-07-31)",
        "'%1': %2 %3 has no fifth %4":
            "'%1': %3年%2に第5%4はありません",
        "'%1': month %2 does not exist (months are 1 to 12)":
            "'%1': %2 月はありません (月は 1〜12)",
        "'%1' has no year: give one, or --year":
            "'%1' に年がありません。年を書くか --year を指定してください",
        "'%1': day %2 does not exist":
            "'%1': %2 日はありません",
        "February %1":
            "%1年2月",
        "'%1' is not a date: %2 has %3 days":
            "'%1' は日付ではありません: %2は %3 日までです",
        "'%1' is not a date; write 2026-07-31, 2026/7/31, 7/31 or 2026年7月31日":
            "'%1' は日付ではありません。2026-07-31、2026/7/31、7/31、2026年7月31日 のように書いてください",
        "'%1' is not a time of day; write 10:00, 2pm or 14時30分":
            "'%1' は時刻ではありません。10:00、2pm、14時30分 のように書いてください",
        "'%1' is longer than a year":
            "'%1' は 1 年より長いです",
        "'%1' is not a duration; write 30m, 1h or 1h30m":
            "'%1' は長さではありません。30分、1時間、1時間半、30m、1h のように書いてください",
        "'%1' needs a date and a time: write 2026-12-02T10:00":
            "'%1' には日付と時刻が必要です。2026-12-02T10:00 のように書いてください",
        "write the weekday, time and length, e.g. \"mon 10:00 30m\" or \"木 10:00-10:30\", not '%1'":
            "曜日、時刻、長さを書いてください。例: \"木 10:00-10:30\"、\"木曜 10時から30分\"、\"mon 10:00 30m\" ('%1' ではなく)",
        "a monthly meeting is on a weekday counted within the month, e.g. \"毎月第2月曜 10:00\" or \"2nd mon 10:00\", not '%1'":
            "月に一度の会議は、月の何番目かの曜日に開きます。例: \"毎月第2月曜 10:00\"、\"最終金曜 16:00\" ('%1' ではなく)",
        "'%1' is both every %2 weeks and monthly: give one of them":
            "'%1' は %2 週ごとと毎月の両方を指定しています。どちらか一方にしてください",
        "'%1': not every month has a fifth one of its weekdays; for the last of the month write 最終 or last":
            "'%1': 第5の曜日はない月があります。月末の回には 最終 (last) と書いてください",
        "'%1' may be every other week or once a month: write \"every other %2 …\" or \"the %3 %4 of the month …\"":
            "'%1' は隔週とも月に一度とも読めます。\"every other %2 …\" (隔週) か \"the %3 %4 of the month …\" (毎月) と書いてください",
        "%1 counts weeks, and the meeting '%2' is monthly: leave one of them out":
            "%1 は週数で、会議 '%2' は毎月です。どちらか一方を外してください",
        "the settings' meeting-every":
            "設定の会議の間隔",
        "'%1' names two weekdays: a meeting in the month is on one weekday, at one or more places (第2・第4月曜)":
            "'%1' には曜日が 2 つあります。月ごとの会議は 1 つの曜日で、その何番目か (第2・第4月曜 のように複数も可) で指定してください",
        "'%1' ends before it starts":
            "'%1' は始まる前に終わっています",
        "two meetings for every team, '%1' and '%2': give one, and a team's own as TEAM=SPEC":
            "全チームの会議が 2 つあります ('%1' と '%2')。1 つにして、チームごとの会議は チーム=会議 で書いてください",
        "'%1' names no team before =: write TEAM=SPEC, e.g. \"さくら=木 10:00\"":
            "'%1' は = の前にチームがありません。チーム=会議 と書いてください。例: \"さくら=木 10:00\"",
        "team %1's meeting is given twice, '%2' and '%3'":
            "チーム %1 の会議が 2 回指定されています ('%2' と '%3')",
        "team %1: ":
            "チーム %1: ",
        "%1 names team %2, and the plan has no teams: give the meeting without TEAM=":
            "%1 がチーム %2 を指定していますが、計画にチームがありません。チーム= を付けずに会議を指定してください",
        "%1 names team %2, which is not in the plan; its teams are %3":
            "%1 が指定したチーム %2 は計画にありません。計画のチームは %3 です",
        "the settings' meeting":
            "設定の定例会議",
        "%1 is written as %2 (--to %3), and wb reads a file of that name as %4: read it with --from %5, or name it .%6":
            "%1 は %2 で書かれます (--to %3)。wb はこの名前のファイルを %4 として読むので、読むときは --from %5 を付けるか、名前を .%6 にしてください",
        "the settings' tz":
            "設定のタイムゾーン",
        "%1 names team %2, and the plan has no teams: give the time zone without TEAM=":
            "%1 がチーム %2 を指定していますが、計画にチームがありません。チーム= を付けずにタイムゾーンを指定してください",
        "two time zones for the plan, '%1' and '%2': give one, and a team's own as TEAM=ZONE":
            "計画のタイムゾーンが 2 つあります ('%1' と '%2')。1 つにして、チームごとのタイムゾーンは チーム=タイムゾーン で書いてください",
        "'%1' names no team before =: write TEAM=ZONE, e.g. \"Harbor=America/Los_Angeles\"":
            "'%1' は = の前にチームがありません。チーム=タイムゾーン と書いてください。例: \"Harbor=America/Los_Angeles\"",
        "team %1's time zone is given twice":
            "チーム %1 のタイムゾーンが 2 回指定されています",
        "'%1' names no team before =: write TEAM=DATES, e.g. \"Harbor=7/3,11/26\"":
            "'%1' は = の前にチームがありません。チーム=日付 と書いてください。例: \"Harbor=7/3,11/26\"",
        "team %1's days off are given twice: give them in one TEAM=DATES":
            "チーム %1 の休業日が 2 回指定されています。1 つの チーム=日付 にまとめてください",
        "the settings' days-off":
            "設定の休業日",
        "%1 names team %2, and the plan has no teams: give the days off without TEAM=":
            "%1 がチーム %2 を指定していますが、計画にチームがありません。チーム= を付けずに休業日を指定してください",
        "a meeting of %1 minutes is longer than a day":
            "%1 分の会議は 1 日より長いです",
        "%1: market %2 × share %3 × %4 × %5 = %6 (%7× the estimated cost %8)":
            "%1: 市場規模 %2 × シェア %3 × %4 × %5 = %6 (推定コスト %8 の %7 倍)",
        "The price is %1 (over %2 of use).":
            "価格は %1 です (想定利用期間 %2)。",
        "%1 %2× (%3; share needed %4)":
            "%1 %2 倍 (%3、必要シェア %4)",
        "%1: invest when the value reaches %2× the cost; the estimate today: %3":
            "%1: 価値がコストの %2 倍に達すれば投資します。現時点の推計: %3",
        "of %1 mock testers, %2 solved their problem (%3%%, %4–%5%%) and %6 decided to buy (%7%%, %8–%9%%): %10, %11 evidence":
            "モックテスター %1 名中 %2 名が課題を解決し (%3%%、%4–%5%%)、%6 名が購入を決めました (%7%%、%8–%9%%)。判定: %10 (根拠: %11)",
        "%1: %2 × %3 = %4":
            "%1: %2 × %3 = %4",
        ", due %1":
            "、期限 %1",
        "approve %1%2%3":
            "承認: %1%2%3",
        "%1 %2: the gate failed (%3); decide whether to improve and test again, or stop":
            "%1 %2: ゲート不合格 (%3)。改善して再度テストするか、中止するかの判断",
        "M3: the market does not reach N times the cost (%1); decide whether to invest":
            "M3: 市場規模が推定コストの N 倍に届きません (%1)。投資するかどうかの判断",
        "Progress report: %1":
            "進捗報告: %1",
        "CXO report: %1":
            "CXO報告: %1",
        "%1, team %2":
            "%1、チーム %2",
        "Progress report":
            "進捗報告",
        "market (%1): value %2, %3× the cost (%4 at %5×)":
            "市場 (%1): 価値 %2、コストの %3 倍 (%5 倍基準で%4)",
        "; share needed %1":
            "、必要シェア %1",
        "top question: %1, %2":
            "最もインパクトの大きい問い: %1、%2",
        "top invention: %1 (impact per difficulty %2)":
            "最上位の解決策: %1 (難易度あたりインパクト %2)",
        "no decision is needed this time":
            "今回お願いしたい判断はありません",
        "1 decision is needed":
            "判断をお願いしたいことが 1 件あります",
        "%1 decisions are needed":
            "判断をお願いしたいことが %1 件あります",
        "Every milestone is done; %1.":
            "すべてのマイルストンが完了しました。%1。",
        "no task is overdue":
            "期限切れのタスクはなく",
        "1 task is overdue":
            "期限切れのタスクが 1 件",
        "%1 tasks are overdue":
            "期限切れのタスクが %1 件",
        "across the %1 teams, %2":
            "%1 チーム全体で%2",
        "%1 %2 is %3, %4/%5 tasks done; %6; %7.":
            "%1 %2 は%3 (タスク %4/%5 完了)。%6、%7。",
        "Team":
            "チーム",
        "Next milestone":
            "次のマイルストン",
        "Date":
            "日付",
        "State":
            "状態",
        "Tasks done":
            "完了タスク",
        "Overdue":
            "期限切れ",
        "Blocked":
            "停滞",
        "Teams":
            "チーム別",
        "Milestone":
            "マイルストン",
        "Days left":
            "残り日数",
        "Milestones":
            "マイルストン",
        "Timeline":
            "タイムライン",
        "Decisions needed":
            "判断をお願いしたいこと",
        "Task":
            "タスク",
        "Todo":
            "Todo",
        "Owner":
            "担当",
        "Due":
            "期限",
        "Late by":
            "遅れ",
        "1 day":
            "1 日",
        "%1 days":
            "%1 日",
        "(no owner)":
            "(担当なし)",
        "Overdue and blocked tasks":
            "期限切れ・停滞しているタスク",
        "done: %1":
            "完了: %1",
        "added: %1":
            "追加: %1",
        "removed: %1":
            "削除: %1",
        "reopened: %1":
            "再開: %1",
        "a default date on a day off is the working day before: %1":
            "休日にあたる既定の日付は、その前の営業日にしました: %1",
        "%1 (%2) is on a day off (%3), no day for its CXO report; the working day before is %4":
            "%1 (%2) は休日 (%3) で、CXO 報告の日に向きません。その前の営業日は %4 です",
        "the year-end holidays":
            "年末年始",
        "blocked: %1":
            "停滞: %1",
        "unblocked: %1":
            "停滞から再開: %1",
        "started: %1":
            "着手: %1",
        "started: %1 and %2 more":
            "着手: %1 ほか %2 件",
        "… and 1 more approval":
            "… ほかに承認 1 件",
        "… and %1 more approvals":
            "… ほかに承認 %1 件",
        "… and 1 more overdue task":
            "… ほかに期限切れのタスク 1 件",
        "… and %1 more overdue tasks":
            "… ほかに期限切れのタスク %1 件",
        "… and 1 more blocked task":
            "… ほかに停滞しているタスク 1 件",
        "… and %1 more blocked tasks":
            "… ほかに停滞しているタスク %1 件",
        "… and %1 more overdue and %2 more blocked tasks":
            "… ほかに期限切れのタスク %1 件、停滞しているタスク %2 件",
        "… and 1 more change":
            "… ほかに変化 1 件",
        "… and %1 more changes":
            "… ほかに変化 %1 件",
        "… and 1 more task due by then":
            "… ほかに期限を迎えるタスク 1 件",
        "… and %1 more tasks due by then":
            "… ほかに期限を迎えるタスク %1 件",
        "Why":
            "理由",
        "waits on %1":
            "%1 待ち",
        "late since %1: %2":
            "%1 から遅延: %2",
        "moved %1 → %2: %3":
            "期限変更 %1 → %2: %3",
        "'%1' gives no number (%2): write how many, as %3, a guess if need be":
            "'%1' には数がありません (%2)。%3 のように数で書いてください (見込みでかまいません)",
        "'%1' is not a number of people (1 or more)":
            "'%1' は人数 (1 以上) ではありません",
        "the yearly impact is for everyone the column '%1' counts":
            "年間のインパクトは '%1' 列の人数分です",
        "'%1' is not a difficulty (a whole number above 0)":
            "'%1' は難易度 (1 以上の整数) ではありません",
        "'%1' is a month, not one day: write the day (%2/%3) or the month's end (%4月末, end of %5)":
            "'%1' は月で、1 日に決まりません。日付 (%2/%3) か月末 (%4月末、end of %5) を書いてください",
        "%1 1 task":
            "%1 1 件",
        "%1 %2 tasks":
            "%1 %2 件",
        " (by %1)":
            " (%1 まで)",
        "%1 %2%3: %4, %5 of %6 done.":
            "%1 %2%3: %4、完了 %5/%6。",
        "%1 more of difficulty %2 or more":
            "ほかに難易度 %2 以上が %1 件",
        "no task is rated %1 or harder":
            "難易度 %1 以上のタスクはありません",
        " (difficulty %1)":
            " (難易度 %1)",
        ": no technical validation before it yet":
            ": その前の技術検証はまだありません",
        ": validated first by %1":
            ": 先に技術検証 %1",
        "--tasks needs the milestones table the tasks belong to: give --milestones FILE or keep it in the settings":
            "--tasks には、タスクが属するマイルストン表が必要です: --milestones FILE を指定するか、設定に書いてください",
        "'%1' is more than one day a week: the progress meeting is one day a week (or every other week, 隔週); give that day, e.g. \"thu 10:00 30m\"":
            "'%1' は週に複数日です。定例の進捗会議は週に 1 日 (または隔週) です。その曜日を書いてください。例: \"木 10:00 30分\"",
        "'%1' is a range: read as its midpoint, as every range here (the year's figure is an estimate's middle)":
            "'%1' は範囲です。ここでの範囲はすべて中央の値として読みます (年間の値は見積もりの中央です)",
        "due %1 set: %2":
            "期限を %1 に設定: %2",
        "due %1 cleared: %2":
            "期限 %1 を取り消し: %2",
        "Since the last report":
            "前回の報告からの変化",
        "Nothing changed.":
            "変化はありません。",
        "Next two weeks":
            "今後 2 週間",
        "Until the next meeting (%1)":
            "次回の会議 (%1) まで",
        " (before the plan's start: | at the left edge)":
            " (計画の開始より前: | は左端)",
        " (after the span: | at the right edge)":
            " (期間より後: | は右端)",
        "timeline %1 .. %2":
            "タイムライン %1 .. %2",
        "team %1":
            "チーム %1",
        "no date":
            "日付なし",
        "%1/%2 done":
            "%1/%2 完了",
        "Roadmap %1 to %2":
            "ロードマップ %1 〜 %2",
        " (before the plan's start)":
            " (計画の開始より前)",
        " (after the span)":
            " (期間より後)",
        "today %1":
            "今日 %1",
        "--by %1: %2 has no such column; its columns are ":
            "--by %1: %2 にその列はありません。列は次のとおりです: ",
        "this row has no %1: split cannot tell where it goes":
            "この行には %1 がありません。split は振り分け先を決められません",
        "merge needs at least one file":
            "merge には 1 つ以上のファイルが必要です",
        "task id %1 is already used at %2; give --renumber to number this file's clashing tasks anew":
            "タスク ID %1 は %2 で使われています。--renumber を指定すると、このファイルの重複するタスクに新しい番号を付けます",
        "task %1 is now %2 (%3 is already used at %4)":
            "タスク %1 を %2 にしました (%3 は %4 で使われています)",
        "this row has %1 fields and the header %2":
            "この行のフィールドは %1 個ですが、ヘッダーは %2 個です",
        "no team '%1' in %2":
            "%2 にチーム '%1' はありません",
        "; its teams are ":
            "。チームは次のとおりです: ",
        "'%1' is not a team declaration; write id:日本語:English, e.g. sakura:さくら:Sakura":
            "'%1' はチームの宣言ではありません。id:日本語:English の形で書いてください (例: sakura:さくら:Sakura)",
        "team '%1' is declared twice":
            "チーム '%1' が 2 回宣言されています",
        "--completions takes bash, zsh or fish, not '%1'":
            "--completions には bash、zsh、fish を指定してください ('%1' ではなく)",
        "unknown tool '%1'":
            "不明なツール '%1' です",
        "; the tools are tasks, milestones, score and ics":
            "。ツールは tasks、milestones、score、ics です",
        "'%1': %2 has no such day":
            "'%1': %2 にその日はありません",
        "due %1, a day off (%2); the working day before is %3":
            "期限 %1 は休日 (%2) です。その前の営業日は %3 です",
        "the due date %1 is a day off (%2); the working day before is %3":
            "期限 %1 は休日 (%2) です。その前の営業日は %3 です",
        "'%1': a range needs its first and its last day":
            "'%1': 範囲には最初の日と最後の日が必要です",
        "Days off: ":
            "休日: ",
        "Days off of team %1: ":
            "チーム %1 の休日: ",
        "Days off of team %1, instead of the ones above: ":
            "チーム %1 の休日 (上の休日ではなく): ",
        "none by then":
            "この期間にはありません",
        "%1 to %2":
            "%1〜%2",
        "the team's day off":
            "チームの休業日",
        "'%1': the days off end (%2) before they begin (%3)":
            "'%1': 休業日の終わり (%2) が始まり (%3) より前です",
        "'%1': %2 days off in one range (%3 to %4); a range is three months at most":
            "'%1': 1 つの範囲に %2 日の休業日があります (%3〜%4)。範囲は 3 か月までです",
        "--in-place needs a file, not standard input: name the tasks file, or record it in the settings (tasks,plan.csv) for every command to find":
            "--in-place には標準入力ではなくファイルが必要です: タスク表のファイルを指定するか、設定に記録してください (tasks,plan.csv)。記録すればどのコマンドもそれを使います",
        "--in-place needs a file, not standard input":
            "--in-place には標準入力ではなくファイルが必要です",
        "-o %1 is %2 too: the output would replace it; write to another file":
            "-o %1 は %2 でもあります。出力で置き換わってしまうので、別のファイルに書いてください",
        "its input":
            "入力",
        "the plan's table in the settings":
            "設定にある計画の表",
        "--in-place and --output cannot be used together":
            "--in-place と --output は同時に使えません",
        "cannot open: no such file; a new plan starts from the tasks' header: wb-tasks template --tasks-header -o %1":
            "開けません: ファイルがありません。新しい計画はタスク表のヘッダーから始めます: wb-tasks template --tasks-header -o %1",
        "cannot open: ":
            "開けません: ",
        "cannot read: it is a directory":
            "読めません: ディレクトリです",
        "read failed: ":
            "読み込みに失敗しました: ",
        "--%1 needs a whole number%2, not '%3'":
            "--%1 には整数%2を指定してください ('%3' ではなく)",
        "one input file at most; got %1":
            "入力ファイルは 1 つまでですが、%1 個ありました",
        "the run failed (see standard error); the rows above are not the whole table":
            "実行が失敗しました (標準エラー出力を参照)。上の行は表の全体ではありません",
        "write failed: ":
            "書き込みに失敗しました: ",
        "no such file or directory":
            "ファイルやディレクトリがありません",
        "permission denied":
            "権限がありません",
        "is a directory":
            "ディレクトリです",
        "not a directory":
            "ディレクトリではありません",
        "no space left on device":
            "デバイスに空きがありません",
        "read-only file system":
            "読み取り専用のファイルシステムです",
        "broken pipe":
            "パイプが切れました",
        "too many open files":
            "開いているファイルが多すぎます",
        "--output needs a file name, not an empty string":
            "--output には空でないファイル名が必要です",
        "cannot create output: it is a directory":
            "出力を作れません: ディレクトリです",
        "cannot create output: too many levels of symbolic links":
            "出力を作れません: シンボリックリンクの階層が深すぎます",
        "cannot open output: ":
            "出力を開けません: ",
        "cannot create output: ":
            "出力を作れません: ",
        "cannot write output: ":
            "出力を書けません: ",
        "cannot replace output: ":
            "出力を置き換えられません: ",
        "cannot create the directory: ":
            "ディレクトリを作れません: ",
        " or ":
            " または ",
        " (did you mean %1?)":
            " (%1 のことですか?)",
        "no command given":
            "コマンドが指定されていません",
        "unknown command '%1'":
            "不明なコマンド '%1' です",
        "internal error: %1":
            "内部エラー: %1",
        "unknown option '--%1'":
            "不明なオプション '--%1' です",
        "option '--%1' takes no value":
            "オプション '--%1' は値を取りません",
        "option '--%1' needs a value (%2)":
            "オプション '--%1' には値 (%2) が必要です",
        "unknown option '-%1'":
            "不明なオプション '-%1' です",
        "option '-%1' needs a value (%2)":
            "オプション '-%1' には値 (%2) が必要です",
        "Try '%1 --help'.":
            "詳しくは '%1 --help' を参照してください。",
        "UTF-16 input has an odd number of bytes: the last character is cut off":
            "UTF-16 の入力のバイト数が奇数です。最後の文字が切れています",
        "invalid UTF-16: an unpaired surrogate":
            "不正な UTF-16 です: 対になっていないサロゲート",
        "this system's iconv cannot convert %1 to %2":
            "このシステムの iconv は %1 から %2 に変換できません",
        "'%1' cannot be written in CP932; keep the file in UTF-8 or replace the character":
            "'%1' は CP932 で書けません。ファイルを UTF-8 のままにするか、その文字を置き換えてください",
        "this is not valid CP932 (Shift_JIS) text: byte 0x%1 cannot be read":
            "正しい CP932 (Shift_JIS) のテキストではありません: バイト 0x%1 を読めません",
        "--%1 takes csv or tsv, not '%2'":
            "--%1 には csv か tsv を指定してください ('%2' ではなく)",
        "--encoding takes utf-8, utf-16 or cp932, not '%1'":
            "--encoding には utf-8、utf-16、cp932 を指定してください ('%1' ではなく)",
        "this row has 1 field but the header has %1; check for a missing or extra comma or an unquoted line break":
            "この行のフィールドは 1 つですが、ヘッダーには %1 つあります。カンマの過不足か、引用符で囲まれていない改行を確認してください",
        "this row has 1 field but the header has %1; check for a missing or extra tab or an unquoted line break":
            "この行のフィールドは 1 つですが、ヘッダーには %1 つあります。タブの過不足か、引用符で囲まれていない改行を確認してください",
        "this row has %1 fields but the header has %2; check for a missing or extra comma or an unquoted line break":
            "この行のフィールドは %1 つですが、ヘッダーには %2 つあります。カンマの過不足か、引用符で囲まれていない改行を確認してください",
        "this row has %1 fields but the header has %2; check for a missing or extra tab or an unquoted line break":
            "この行のフィールドは %1 つですが、ヘッダーには %2 つあります。タブの過不足か、引用符で囲まれていない改行を確認してください",
        "no share passes: %1 × the cost takes %2 of the market, more than all of it; at this market size and share the unit price would have to be %3 or more":
            "どのシェアでも合格しません: コストの %1 倍には市場の %2 が必要で、市場全体を超えます。この市場規模とシェアでは、単価が %3 以上必要です",
        "--ascii draws the terminal chart and --svg writes an SVG roadmap: give one of them":
            "--ascii は端末向けの図を描き、--svg は SVG のロードマップを書きます。どちらか一方を指定してください",
        "the input is empty: a table needs at least a header row":
            "入力が空です。表には少なくともヘッダー行が必要です",
        "line %1 is a comment, not the table's header: a CSV or TSV table starts with its header; remove the lines above line %2":
            "%1 行目はコメントで、表のヘッダーではありません。CSV や TSV の表はヘッダーの行から始まります。%2 行目より上の行を削除してください",
        "this is an Excel workbook (.xlsx), not a CSV or TSV table: save the sheet as CSV UTF-8 (File > Save As > CSV UTF-8) and give that file":
            "これは Excel のブック (.xlsx) で、CSV や TSV の表ではありません。シートを CSV UTF-8 で保存し (ファイル > 名前を付けて保存 > CSV UTF-8)、そのファイルを指定してください",
        "this is an Excel 97-2003 workbook (.xls), not a CSV or TSV table: save the sheet as CSV UTF-8 (File > Save As > CSV UTF-8) and give that file":
            "これは Excel 97-2003 のブック (.xls) で、CSV や TSV の表ではありません。シートを CSV UTF-8 で保存し (ファイル > 名前を付けて保存 > CSV UTF-8)、そのファイルを指定してください",
        "this is an OpenDocument spreadsheet (.ods), not a CSV or TSV table: save the sheet as Text CSV (UTF-8) and give that file":
            "これは OpenDocument のスプレッドシート (.ods) で、CSV や TSV の表ではありません。シートをテキスト CSV (UTF-8) で保存し、そのファイルを指定してください",
        "this is a ZIP archive, not a CSV or TSV table: give the table itself, saved as CSV or TSV":
            "これは ZIP アーカイブで、CSV や TSV の表ではありません。CSV か TSV で保存した表そのものを指定してください",
        "this is a PDF document, not a CSV or TSV table":
            "これは PDF 文書で、CSV や TSV の表ではありません",
        "this is an iCalendar file (as wb-ics writes), not a CSV or TSV table: give the plan's table":
            "これは iCalendar ファイル (wb-ics が書くもの) で、CSV や TSV の表ではありません。計画の表を指定してください",
        "this is an HTML page (a report?), not a CSV or TSV table: give the plan's table":
            "これは HTML ページ (報告書?) で、CSV や TSV の表ではありません。計画の表を指定してください",
        "this is an XML or SVG file, not a CSV or TSV table: give the plan's table":
            "これは XML か SVG のファイルで、CSV や TSV の表ではありません。計画の表を指定してください",
        "the first line is a Markdown heading (a report?), not a table's header: give the plan's table (for --since, the tasks file as it stood at the last report)":
            "1 行目は Markdown の見出し (報告書?) で、表のヘッダーではありません。計画の表を指定してください (--since には前回の報告時点のタスクファイルを指定します)",
        "this is a script (as export --to github writes), not a CSV or TSV table: give the plan's table":
            "これはスクリプト (export --to github が書くもの) で、CSV や TSV の表ではありません。計画の表を指定してください",
        "the input contains a NUL byte: is it a binary file, or UTF-16 without a byte-order mark (try --encoding utf-16)?":
            "入力に NUL バイトがあります。バイナリファイルか、BOM のない UTF-16 (--encoding utf-16 を試してください) ではありませんか?",
        "this is not valid UTF-8 text (byte 0x%1); if the file came from Japanese Excel, try --encoding cp932":
            "正しい UTF-8 のテキストではありません (バイト 0x%1)。日本語版 Excel のファイルなら --encoding cp932 を試してください",
        "a quoted field starts here but its closing quote (\") is missing":
            "ここで引用符付きのフィールドが始まっていますが、閉じる引用符 (\") がありません",
        "unexpected text after a closing quote: a quote inside a quoted field must be doubled (\"\")":
            "閉じる引用符の後に文字があります。引用符付きフィールドの中の引用符は 2 つ重ねてください (\"\")",
        "a quote (\") inside an unquoted field: put the whole field in quotes and double the quote (\"\")":
            "引用符で囲まれていないフィールドに引用符 (\") があります。フィールド全体を引用符で囲み、中の引用符を 2 つ重ねてください (\"\")",
        "--%1 takes backlog, jira, github or gitlab, not '%2'":
            "--%1 には backlog、jira、github、gitlab を指定します ('%2' ではなく)",
        "**Done when:** %1":
            "**完了条件:** %1",
        "**Depends on:** %1":
            "**依存:** %1",
        "**Notes:** %1":
            "**備考:** %1",
        "%1 claims task %2, whose key %3 is on line %4; left out (a duplicate issue?)":
            "%1 はタスク %2 を指していますが、そのキー %3 は %4 行目にあります。取り込みません (重複した課題では?)",
        "%1 and %2 (line %3) both claim task %4; the task is left as it is":
            "%1 と %2 (%3 行目) がどちらもタスク %4 を指しています。タスクは変更しません",
        "key %1 is already on line %2: two tasks cannot be one issue; clear the key of the task that is not that issue":
            "キー %1 はすでに %2 行目にあります。2 つのタスクが 1 つの課題になることはできません。その課題でないタスクのキーを消してください",
        "key %1 is already on line %2: its issue updates that task only":
            "キー %1 はすでに %2 行目にあります。その課題はそちらのタスクだけを更新します",
        "1 task of %1 is left out: %2 has no %3":
            "%1 のタスク 1 件を除外しました: %2 に %3 がありません",
        "%1 tasks of %2 are left out: %3 has no %4":
            "%2 のタスク %1 件を除外しました: %3 に %4 がありません",
        "1 task is in %1, which the milestones table does not list":
            "マイルストン表にない %1 のタスクが 1 件あります",
        "%1 tasks are in %2, which the milestones table does not list":
            "マイルストン表にない %2 のタスクが %1 件あります",
        "**Team:** %1":
            "**チーム:** %1",
        "id %1 is already used on line %2: both issues would carry the marker wb-task: %3#%4, which import cannot tell apart; give each task an id of its own":
            "id %1 はすでに %2 行目で使われています。両方の課題が同じ目印 wb-task: %3#%4 を持ち、import が区別できません。タスクごとに別の id を付けてください",
        "The plan '%1' as GitHub issues, written by wb-tasks export --to github.":
            "計画 '%1' を GitHub の issue にするスクリプトです (wb-tasks export --to github が作成)。",
        "Read it, then run it where gh is logged in: sh FILE. Running it again creates nothing;":
            "内容を確認してから、gh にログインした環境で sh FILE として実行してください。再実行しても新しくは作りません。",
        "an issue whose task changed is edited. Owners that are not GitHub logins stay in the plan only.":
            "変更されたタスクの issue は編集します。GitHub のログイン名でない担当者は計画の中だけに残ります。",
        "Milestones, created once.":
            "マイルストン (作るのは一度だけ)",
        "The issues this plan made before, a line each: NUMBER PLAN#ID v=VERSION.":
            "この計画が以前に作った issue (1 行に 1 件: NUMBER PLAN#ID v=VERSION)",
        "Each label becomes an option of its own, quotes kept: set after the arguments":
            "ラベルはそれぞれ引用符を保ったまま 1 つのオプションにする: フラグを付けて引数の後に並べ、",
        "with its flag, the arguments then shifted off.":
            "元の引数は shift で外す",
        "Labels: the role and the kind.":
            "ラベル: 役割と種別",
        "unexpected text after the JSON value":
            "JSON の値の後に余分なテキストがあります",
        "JSON nested too deeply":
            "JSON の入れ子が深すぎます",
        "the JSON ends where a value should be":
            "値があるべき場所で JSON が終わっています",
        "a JSON object key must be a string":
            "JSON オブジェクトのキーは文字列でなければなりません",
        "':' expected after a JSON object key":
            "JSON オブジェクトのキーの後に ':' が必要です",
        "the JSON ends inside an object":
            "オブジェクトの途中で JSON が終わっています",
        "',' or '}' expected in a JSON object":
            "JSON オブジェクトの中で ',' か '}' が必要です",
        "the JSON ends inside an array":
            "配列の途中で JSON が終わっています",
        "',' or ']' expected in a JSON array":
            "JSON 配列の中で ',' か ']' が必要です",
        "a JSON value expected":
            "JSON の値が必要です",
        "a \\u escape needs four hex digits":
            "\\u エスケープには 16 進数 4 桁が必要です",
        "the JSON ends inside a string":
            "文字列の途中で JSON が終わっています",
        "a control character inside a JSON string must be escaped":
            "JSON の文字列の中の制御文字はエスケープが必要です",
        "unknown escape in a JSON string":
            "JSON の文字列に不明なエスケープがあります",
        "this is not a %1 export: no column %2":
            "%1 のエクスポートではありません: %2 列がありません",
        "'%1' is not a date %2 writes":
            "'%1' は %2 が書く日付の形式ではありません",
        "gh issue list --json gives a JSON array; this is not one":
            "gh issue list --json の出力は JSON 配列ですが、これは配列ではありません",
    ]
}
