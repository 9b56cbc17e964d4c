import Testing
import TongjiCore

/// What one marked figure should come out as.
struct Expected: Sendable {
    var value: String
    var unit: String
    var kind: FigureKind
    var qualifier: Qualifier = .exact
    var upper: String? = nil
}

/// A sentence with its figures marked, and where it was written (failures point here).
struct Example: Sendable, CustomTestStringConvertible {
    let marked: String
    let expected: [Expected]
    let sourceLocation: Testing.SourceLocation

    init(_ marked: String, _ expected: Expected..., sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        self.marked = marked
        self.expected = expected
        self.sourceLocation = sourceLocation
    }

    var testDescription: String { marked }
}

func v(_ value: String, _ unit: String, _ kind: FigureKind, _ qualifier: Qualifier = .exact,
       upper: String? = nil) -> Expected {
    Expected(value: value, unit: unit, kind: kind, qualifier: qualifier, upper: upper)
}
