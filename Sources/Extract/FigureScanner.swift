import TongjiCore

/// One pass over a text: at each place a numeral can start, read the numeral, the unit and the
/// qualifiers around it, decide whether together they are a figure, and move past them.
struct FigureScanner {
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let includeNumbers: Bool
    let parser: NumberParser
    let units = UnitLexicon.shared
    private var figures: [Figure] = []
    /// The offsets where a number may start, in order, when the decoder noted them; the next
    /// one to look at.
    private let possibleStarts: UnsafeBufferPointer<Int>?
    private var nextPossible = 0

    init(text: UnsafeBufferPointer<Unicode.Scalar>, includeNumbers: Bool, possibleStarts: UnsafeBufferPointer<Int>? = nil) {
        self.text = text
        self.includeNumbers = includeNumbers
        self.parser = NumberParser(text: text)
        self.possibleStarts = possibleStarts
    }

    mutating func scan() -> [Figure] {
        var i = 0
        while let start = nextPossibleStart(from: i) {
            i = max(read(at: start), start + 1)
        }
        return figures
    }

    /// The first place at or after `position` where a number may start: the next of
    /// `possibleStarts` there, else found by testing code points.
    private mutating func nextPossibleStart(from position: Int) -> Int? {
        guard let possibleStarts else { return Self.possibleStart(in: text, from: position) }
        while nextPossible < possibleStarts.count {
            if possibleStarts[nextPossible] >= position { return possibleStarts[nextPossible] }
            nextPossible &+= 1
        }
        return nil
    }

    /// The first place at or after `position` where a number may start. Every character of the
    /// text passes through this loop, so it reads through pointers, without bounds checks.
    private static func possibleStart(in text: UnsafeBufferPointer<Unicode.Scalar>, from position: Int) -> Int? {
        mayStartNumber.withUnsafeBufferPointer { starts in
            var i = position
            while i < text.count {
                if isPossibleStart(text[i].value, in: starts) { return i }
                i &+= 1
            }
            return nil
        }
    }

    /// A bit for each code point of the Basic Multilingual Plane, set where a number may start
    /// (a numeral, 数 of 数十, a currency symbol): one look-up rejects most characters of running
    /// text, and 8 KiB stay in the cache. Built from the numeral table, not by asking about each
    /// code point, which took a tenth of start-up.
    static let mayStartNumber: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x400)
        func set(_ v: Int) { bits[v >> 6] |= 1 << (v & 63) }
        for (v, numeral) in NumeralCharacter.table.enumerated() where numeral != 0 { set(v) }
        for currency in CurrencySymbol.signs { set(Int(currency.sign.value)) }
        set(Int(("数" as Unicode.Scalar).value))
        return bits
    }()

    /// Whether `mayStartNumber`, read through `bits`, holds the code point `value`.
    @inline(__always)
    static func isPossibleStart(_ value: UInt32, in bits: UnsafeBufferPointer<UInt64>) -> Bool {
        value < 0x10000 && bits[Int(value >> 6)] & (1 << (value & 63)) != 0
    }

    /// Reads what starts at `start` and returns where scanning goes on.
    private mutating func read(at start: Int) -> Int {
        if let skip = skipNonFigure(at: start) { return skip }
        if let currency = CurrencySymbol(text[start]) { return readSymbolMoney(currency, at: start) }
        if let end = readShareInWords(at: start) { return end }
        guard var number = parser.parse(at: start) else { return start + 1 }
        if number.hasLeadingZero { return endOfCode(from: number.end) }
        if let end = endOfFraction(after: number) { return end }
        let range = readRange(after: &number)
        if followsAsCode(number.end) { return endOfCode(from: number.end) }
        switch measure(number, range: range) {
        case .figure(let figure):
            return emit(figure)
        case .notFigure(let resumeAt):
            reportBareNumber(number)
            return resumeAt
        case .bare:
            if let shared = sharedUnitFigure(number) { return emit(shared) }
            reportBareNumber(number)
            return number.end
        }
    }

    /// Places where no figure can start: codes (D07), fixed phrases (四个意识), plan periods
    /// (十三五), the end of a word (入伍十二年); returns where to go on.
    private func skipNonFigure(at start: Int) -> Int? {
        if NumeralCharacter.isArabicDigit(text[start]), start > 0, text[start - 1].isLatinLetter {
            return endOfCode(from: start)
        }
        if isModelNumber(at: start) { return endOfCode(from: start) }
        if let length = FixedPhrases.length(in: text, at: start) { return start + length }
        if isPlanPeriod(at: start) { return start + 3 }
        // 陆, 伍, 拾 and 肆 end words (大陆, 入伍, 收拾, 放肆) far more often than they write a
        // digit before a plain 十, 百 or 千 (入伍十二年, 大陆千家万户): the numeral starts after
        // them. 壹百, and 叁万元 with 万 that has no financial form, still count.
        if start + 1 < text.count, Self.endsWord(text[start]), Self.isPlainSmallMagnitude(text[start + 1]) {
            return start + 1
        }
        return nil
    }

    /// Switches rather than a string's `contains`: these run at every numeral of the text.
    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "陆", "伍", "拾", "肆": true
        default: false
        }
    }

    private static func isPlainSmallMagnitude(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "十", "百", "千": true
        default: false
        }
    }

    /// 歼-20, 运-20, 东风-41: a word, a dash and digits name a model. A percentage or a
    /// temperature after the digits makes the dash a minus sign instead (增长-2.3%).
    private func isModelNumber(at start: Int) -> Bool {
        guard start > 1, text[start - 1] == "-" || text[start - 1] == "－",
              text[start - 2].isIdeograph, NumeralCharacter(text[start - 2]) == nil,
              NumeralCharacter.isArabicDigit(text[start]), !figureEnds(at: start - 1) else { return false }
        var end = start
        while end < text.count, NumeralCharacter.isArabicDigit(text[end]) || text[end] == "." { end += 1 }
        return end >= text.count || !"%％℃‰".unicodeScalars.contains(text[end])
    }

    /// 十一五 … 十五五: five-year plans, in quotes or not.
    private func isPlanPeriod(at i: Int) -> Bool {
        guard scalar(at: i) == "十", scalar(at: i + 2) == "五" else { return false }
        guard "一二三四五六".unicodeScalars.contains(text[i + 1]) else { return false }
        return i + 3 >= text.count || UnitLexicon.shared.match(in: text, at: i + 3) == nil
    }

    /// A digit run glued to letters or joined by + : / - to more digits is a code, a ratio, a
    /// time or a date (5G, 3+, 8:30, 2021-06-15); skip all of it.
    private func endOfCode(from position: Int) -> Int {
        var i = position
        while i < text.count, text[i].isLatinLetter || NumeralCharacter.isArabicDigit(text[i])
            || Self.joinsCode(text[i]) {
            i += 1
        }
        return i
    }

    private static func joinsCode(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "+", ":", "/", ".", "：", "_": return true
        default: return false
        }
    }

    private func followsAsCode(_ end: Int) -> Bool {
        guard end < text.count else { return false }
        let next = text[end]
        if next.isLatinLetter { return !units.unitStarts(in: text, at: end) }
        if next == "+" { return true }
        if next == ":" || next == "：" || next == "/" || next == "-", end + 1 < text.count {
            return NumeralCharacter.isArabicDigit(text[end + 1])
        }
        return false
    }

    var lastFigure: Figure? { figures.last }

    /// True when the last figure found ends at `position`: a dash there joins a range (3万元-5万元,
    /// 10℃-15℃) rather than naming a model or a sign.
    func figureEnds(at position: Int) -> Bool {
        lastFigure.map { $0.start + $0.length == position } ?? false
    }

    mutating func replaceLast(with figure: Figure) {
        figures[figures.count - 1] = figure
    }

    mutating func append(_ figure: Figure) {
        // Room for a sentence's usual few figures at once, not one reallocation per figure.
        if figures.isEmpty { figures.reserveCapacity(4) }
        figures.append(figure)
    }

    /// The code point at `position`, or nil outside the text.
    func scalar(at position: Int) -> Unicode.Scalar? {
        text.indices.contains(position) ? text[position] : nil
    }

    /// True when `word` stands in the text from `position` on.
    func hasWord(_ word: [Unicode.Scalar], at position: Int) -> Bool {
        position + word.count <= text.count && word.indices.allSatisfy { text[position + $0] == word[$0] }
    }

    /// True when `word` stands in the text just before `end`.
    func hasWord(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool {
        end >= word.count && hasWord(word, at: end - word.count)
    }

    /// True when one of `words` ends in the phrase before `start`, at most `distance` code points
    /// back: 分别 before 3、4个百分点, 排名 before 23位, 分获 before 二、三名.
    func phraseBefore(_ start: Int, within distance: Int = .max, holdsAnyOf words: [[Unicode.Scalar]]) -> Bool {
        var end = start
        while end > 0, start - end < distance, !ClausePunctuation.isPhraseBreak(text[end - 1]) {
            if words.contains(where: { hasWord($0, endingAt: end) }) { return true }
            end -= 1
        }
        return false
    }

    /// The text of a span (see `String(encoding:)`).
    func spanText(_ start: Int, _ end: Int) -> String {
        String(encoding: UnsafeBufferPointer(rebasing: text[start..<end]))
    }

    /// With `includeNumbers`, a numeral without a unit is reported as kind `number`, unless it is
    /// plainly part of a word (一样, 二极管, 百年).
    private mutating func reportBareNumber(_ number: ParsedNumber) {
        guard includeNumbers, !standsInTitle(number.start) else { return }
        let next = scalar(at: number.end)
        let partOfWord = next?.isIdeograph == true && (number.isSingleChineseDigit || number.isBareMagnitude
            || (number.isFinancial && number.end - number.start == 1))
        if partOfWord || (number.isPositional && !number.isArabic && next?.isIdeograph == true) { return }
        if number.start > 0, text[number.start - 1] == "第" { return }
        var (start, low, high) = (number.start, number.value.low, number.value.high)
        if let sign = signStart(before: start) { (start, low, high) = (sign, high.negated, low.negated) }
        append(Figure(span: spanText(start, number.end), start: start, length: number.end - start,
                      value: low, upper: low == high ? nil : high, unit: "", kind: .number))
    }
}
