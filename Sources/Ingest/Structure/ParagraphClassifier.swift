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
        blocks.indices.map { index in
            role(of: blocks[index].text.scalars, isMarkedHeading: blocks[index].isMarkedHeading) { blocks[index].text.string }
        }
    }

    /// The role of a block of code points `scalars`, whose text `string` gives.
    private func role(of scalars: [Unicode.Scalar], isMarkedHeading: Bool, string: () -> String) -> Paragraph.Role {
        if columnLabelLengths.contains(scalars.count), columnLabels.contains(string()) { return .label }
        if isByline(scalars) { return .byline }
        if startsWithLead(scalars) { return .lead }
        if isMarkedHeading || isHeadingShaped(scalars) { return .heading }
        return .body
    }

    /// 本报讯（记者…）, 本报电, or a wire-service dateline such as 新华社北京6月15日电.
    func startsWithLead(_ scalars: [Unicode.Scalar]) -> Bool {
        if Self.leadPrefixes.contains(where: { scalars.starts(with: $0) }) { return true }
        guard Self.wireServices.contains(where: { scalars.starts(with: $0) }),
              scalars.count > maximumHeadingLength else { return false }
        return scalars.prefix(20).contains("电")
    }

    func startsWithByline(_ scalars: [Unicode.Scalar]) -> Bool {
        Self.bylinePrefixes.contains { scalars.starts(with: $0) }
    }

    /// A short credit line: 本报记者 康劲, 新华社记者 才扬 摄.
    func isByline(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= Self.maximumBylineLength, !Punctuation.endsSentence(scalars) else { return false }
        return startsWithByline(scalars) || (scalars.last == "摄" && scalars.contains(" "))
    }

    /// True for a photo credit (新华社记者 才扬 摄), which closes a photo caption.
    func isPhotoCredit(_ block: Block) -> Bool {
        block.text.scalars.last == "摄" && isByline(block.text.scalars)
    }

    private func isHeadingShaped(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.count <= maximumHeadingLength && !Punctuation.endsSentence(scalars) && !scalars.contains("。")
    }
}
