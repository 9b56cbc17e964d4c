/// Tells headings, column labels, leads, bylines and running text apart by their shape.
struct ParagraphClassifier {
    let maximumHeadingLength: Int
    let columnLabels: Set<String>
    /// The lengths in code points of the column labels: a block of another length is no label,
    /// which spares building and hashing a string for every block. A short array, searched
    /// faster than a `Set` hashes.
    private let columnLabelLengths: [Int]

    // As code point arrays, compared without walking a String's scalars each time.
    private static let leadPrefixes = scalarArrays(["本报讯", "本报电"])
    private static let wireServices = scalarArrays(["新华社", "中新社"])
    private static let bylinePrefixes = scalarArrays(["本报记者", "本报通讯员", "特约记者", "记者", "通讯员", "新华社记者", "文/", "图/", "文／", "图／"])
    private static let maximumBylineLength = 30
    /// Chinese names run to four code points (欧阳娜娜), transcribed ones a little longer.
    private static let maximumNameLength = 6
    private static let creditBrackets: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("（", "）"), ("(", ")"), ("【", "】")]
    private static let creditOpeners = scalarArrays(["责任编辑", "视频编辑", "文字编辑", "编辑", "记者", "通讯员", "摄影", "摄像", "校对"])
    private static let headlineEnds: Set<Unicode.Scalar> = ["？", "！", "?", "!", "%"]

    private static func scalarArrays(_ strings: [String]) -> [[Unicode.Scalar]] {
        strings.map { Array($0.unicodeScalars) }
    }

    init(options: IngestOptions) {
        maximumHeadingLength = options.maximumHeadingLength
        columnLabels = options.columnLabels
        columnLabelLengths = Array(Set(options.columnLabels.map(\.unicodeScalars.count)))
    }

    /// The role of each of `blocks`. Asks about their code points and flags rather than passing
    /// whole blocks on, which copied each (four reference counts up and down).
    func roles(of blocks: [Block]) -> [Paragraph.Role] {
        var roles = blocks.indices.map { index in
            role(of: blocks[index].text.scalars, isMarkedHeading: blocks[index].isMarkedHeading) { blocks[index].text.string }
        }
        // Broadcast and site headlines run long (习近平对审计工作作出重要指示强调 紧紧围绕… 李克强作出批示);
        // one is told from a paragraph by the dateline after it.
        for index in roles.indices.dropLast() where roles[index] == .body && roles[index + 1] == .lead
            && isHeadlineShaped(blocks[index].text.scalars) {
            roles[index] = .heading
        }
        return roles
    }

    /// The role of a block of code points `scalars`, whose text `string` gives.
    private func role(of scalars: [Unicode.Scalar], isMarkedHeading: Bool, string: () -> String) -> Paragraph.Role {
        if columnLabelLengths.contains(scalars.count), columnLabels.contains(string()) { return .label }
        if isByline(scalars) { return .byline }
        if startsWithLead(scalars) { return .lead }
        if isMarkedHeading || isHeadingShaped(scalars) { return .heading }
        return .body
    }

    /// 本报讯（记者…）, 本报电, a wire-service dateline such as 新华社北京6月15日电, or a site's or
    /// broadcaster's (央视网消息（新闻联播）：, 中新网北京6月15日电).
    func startsWithLead(_ scalars: [Unicode.Scalar]) -> Bool {
        if Self.leadPrefixes.contains(where: { scalars.starts(with: $0) }) { return true }
        if Self.wireServices.contains(where: { scalars.starts(with: $0) }), scalars.count > maximumHeadingLength,
           scalars.prefix(20).contains("电") {
            return true
        }
        return Dateline.opens(scalars)
    }

    func startsWithByline(_ scalars: [Unicode.Scalar]) -> Bool {
        Self.bylinePrefixes.contains { scalars.starts(with: $0) }
    }

    /// A short credit line: 本报记者 康劲, 新华社记者 才扬 摄, or an editor's in brackets, which closes a
    /// report ((视频编辑：张贝龙 文字编辑：温凤浩), （责任编辑：王晨）); not a headline on a reporter's visit
    /// (记者探访：江夏方舱医院), whose colon no credit line outside brackets has.
    func isByline(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= Self.maximumBylineLength, !Punctuation.endsSentence(scalars) else { return false }
        if isBracketedCredit(scalars) { return true }
        guard !scalars.contains("：") else { return false }
        return namesReporters(scalars) || (scalars.last == "摄" && scalars.contains(" "))
    }

    /// 本报记者 康劲, 记者邹倜然, 本报记者 赵剑影 通讯员 王晨 摄: credit words and names, none
    /// longer than `maximumNameLength`; 记者探访高温下的伊拉克难民营 is a headline.
    private func namesReporters(_ scalars: [Unicode.Scalar]) -> Bool {
        guard startsWithByline(scalars) else { return false }
        return scalars.split(whereSeparator: { $0 == " " || $0 == "、" }).allSatisfy { part in
            var name = part
            if let prefix = Self.bylinePrefixes.first(where: { part.starts(with: $0) }) { name = name.dropFirst(prefix.count) }
            if name.last == "摄" { name = name.dropLast() }
            return name.count <= Self.maximumNameLength
        }
    }

    /// The whole block in brackets, opening with who made the report.
    private func isBracketedCredit(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first, let last = scalars.last,
              Self.creditBrackets.contains(where: { $0.open == first && $0.close == last }) else { return false }
        let inside = scalars.dropFirst()
        return Self.creditOpeners.contains { inside.starts(with: $0) }
    }

    /// True for a photo credit (新华社记者 才扬 摄), which closes a photo caption.
    func isPhotoCredit(_ block: Block) -> Bool {
        block.text.scalars.last == "摄" && isByline(block.text.scalars)
    }

    private func isHeadingShaped(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.count <= maximumHeadingLength && !Punctuation.endsSentence(scalars) && !scalars.contains("。")
    }

    /// A headline with a dateline after it may run long and may ask or exclaim (这家外贸企业如何危中
    /// 寻机？): it holds no 。 and ends on a word, ？, ！, % or a closing mark. At most four headings
    /// long: 99% of a year of the national news programme's headlines are within 68 code points,
    /// the longest 147.
    private func isHeadlineShaped(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= 4 * maximumHeadingLength, !scalars.contains("。"),
              let last = scalars.last(where: { !ScalarClass($0).contains(.closer) }) else { return false }
        return Punctuation.isWordCharacter(last) || Self.headlineEnds.contains(last)
    }
}
