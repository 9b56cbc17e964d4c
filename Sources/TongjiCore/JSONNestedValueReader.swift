/// A reader of one line of JSON that skips nested arrays and objects by JSON's grammar:
/// ingest's JSON Lines form (over code points) and aggregate's reader of figure lines (over
/// bytes) keep only flat values, but must not take a broken line for a good one.
package protocol JSONNestedValueReader {
    associatedtype Unit: JSONCodeUnit
    associatedtype Failure: Error

    /// The next unit after white space; fails where the line ends inside an array or object.
    mutating func peekInside() throws(Failure) -> Unit
    /// Moves past the unit `peekInside` returned.
    mutating func advance()
    /// A key of an object and its colon.
    mutating func memberKey() throws(Failure)
    /// A string, number or literal.
    mutating func flatValue() throws(Failure)
    /// The failure at the reader's position.
    func fail(_ detail: String) -> Failure
}

extension JSONNestedValueReader {
    /// Reads the nested array or object at the reader's position without keeping it. The
    /// brackets still open are a stack, not calls, so no depth of nesting overflows the stack.
    package mutating func skipNested() throws(Failure) {
        let openObject: UInt32 = 0x7B, closeObject: UInt32 = 0x7D
        let openArray: UInt32 = 0x5B, closeArray: UInt32 = 0x5D, comma: UInt32 = 0x2C
        // The closing bracket each open array or object waits for.
        var open: [UInt32] = []
        while true {
            // At a value.
            let unit = try peekInside().codeUnitValue
            if unit == openObject || unit == openArray {
                let closing = unit == openObject ? closeObject : closeArray
                advance()
                if try peekInside().codeUnitValue == closing {
                    advance()
                } else {
                    open.append(closing)
                    if closing == closeObject { try memberKey() }
                    continue
                }
            } else {
                try flatValue()
            }
            // After a value: close what ends here, then on to the next element.
            while let closing = open.last {
                let next = try peekInside().codeUnitValue
                if next == closing {
                    advance()
                    open.removeLast()
                    continue
                }
                guard next == comma else {
                    throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)!))'")
                }
                advance()
                if closing == closeObject { try memberKey() }
                break
            }
            if open.isEmpty { return }
        }
    }
}
