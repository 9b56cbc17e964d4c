/// A 64-bit FNV-1a hash of a file's bytes: how the store knows the same article arriving twice
/// under two names. Written by hand (four lines) rather than pulling in a cryptography package:
/// it guards against accidents, not adversaries, and at 64 bits two different files of a
/// million-file archive collide with odds of about 1 in 40 million.
enum ContentHash {
    static func of(_ bytes: borrowing [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }
}
