import Glibc
import TongjiCore

/// Text decoded from a file's bytes, and the encoding it was in.
struct DecodedText {
    var text: String
    var encoding: String
}

/// Finds the encoding of a file's bytes and decodes them: a BOM first, then UTF-8, then
/// GB18030 (which also covers GBK and GB2312), or the charset an HTML page declares.
struct TextDecoder {
    let file: String

    func decode(_ bytes: [UInt8], declaredCharset: String? = nil) throws(IngestError) -> DecodedText {
        guard !bytes.isEmpty else { throw IngestError(.emptyFile, file: file) }
        if let decoded = try decodeWithByteOrderMark(bytes) { return try checkedForNUL(decoded) }
        if let nul = Self.firstNUL(in: bytes) { throw IngestError(.binaryFile(byteOffset: nul), file: file) }
        if let label = declaredCharset.map(Self.canonicalLabel), label != "UTF-8" {
            return DecodedText(text: try decodeLegacy(bytes, encoding: label), encoding: label)
        }
        if let text = bytes.withUnsafeBufferPointer(UTF8Validation.string(validating:)) {
            return DecodedText(text: text, encoding: "UTF-8")
        }
        do {
            return DecodedText(text: try decodeLegacy(bytes, encoding: "GB18030"), encoding: "GB18030")
        } catch {
            throw furthestInvalidByte(error, bytes)
        }
    }

    /// memchr, not `firstIndex(of:)`: it looks at 32 bytes at a time.
    private static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// WHATWG decodes every GB label as GB18030, a superset of GBK and GB2312.
    static func canonicalLabel(_ label: String) -> String {
        let lower = label.lowercased()
        if ["gb2312", "gbk", "gb18030", "cp936", "x-gbk", "euc-cn", "gb_2312-80", "chinese"].contains(lower) {
            return "GB18030"
        }
        if lower == "utf8" || lower == "utf-8" { return "UTF-8" }
        return label.uppercased()
    }

    private func decodeWithByteOrderMark(_ bytes: [UInt8]) throws(IngestError) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = bytes.dropFirst(3).withUnsafeBufferPointer(UTF8Validation.string(validating:)) else {
                throw IngestError(.invalidEncoding(byteOffset: Self.firstInvalidUTF8Offset(bytes)), file: file)
            }
            return DecodedText(text: text, encoding: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true) }
        return nil
    }

    private func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(IngestError) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
            throw IngestError(.invalidEncoding(byteOffset: firstInvalidUTF16Offset(units)), file: file)
        }
        return DecodedText(text: text, encoding: bigEndian ? "UTF-16BE" : "UTF-16LE")
    }

    private func decodeLegacy(_ bytes: [UInt8], encoding: String) throws(IngestError) -> String {
        do {
            return try IconvDecoder(encoding: encoding).decode(bytes)
        } catch {
            switch error {
            case .unsupportedEncoding: throw IngestError(.unknownCharset(encoding), file: file)
            case .invalidByte(let offset): throw IngestError(.invalidEncoding(byteOffset: offset), file: file)
            }
        }
    }

    /// Bytes valid in neither encoding: the encoding that read further is the likelier one,
    /// so its first bad byte is the one to show.
    private func furthestInvalidByte(_ error: IngestError, _ bytes: [UInt8]) -> IngestError {
        guard case .invalidEncoding(let offset) = error.reason else { return error }
        return IngestError(.invalidEncoding(byteOffset: max(offset, Self.firstInvalidUTF8Offset(bytes))), file: file)
    }

    private func checkedForNUL(_ decoded: DecodedText) throws(IngestError) -> DecodedText {
        guard let nul = decoded.text.unicodeScalars.firstIndex(of: "\0") else { return decoded }
        let offset = decoded.text.unicodeScalars.distance(from: decoded.text.unicodeScalars.startIndex, to: nul)
        throw IngestError(.binaryFile(byteOffset: offset), file: file)
    }

    /// The byte offset of the first byte of `bytes` that is not well-formed UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: some Sequence<UInt8>) -> Int {
        var iterator = bytes.makeIterator(), decoder = UTF8(), offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }

    private func firstInvalidUTF16Offset(_ units: [UInt16]) -> Int {
        var iterator = units.makeIterator(), decoder = UTF16(), offset = 2
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF16.width(scalar) * 2 }
        return offset
    }
}
