import Glibc

/// A 64-bit FNV-1a hash of a file's bytes: how the store knows the same article arriving twice
/// under two names. Written by hand (four lines) rather than pulling in a cryptography package:
/// it guards against accidents, not adversaries, and at 64 bits two different files of a
/// million-file archive collide with odds of about 1 in 40 million.
enum ContentHash {
    /// The hash of no bytes, to add a file's bytes to in order.
    static let initial: UInt64 = 0xcbf2_9ce4_8422_2325

    static func of(_ bytes: borrowing [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { adding($0, to: initial) }
    }

    /// `hash` continued over `bytes`: a file read in runs hashes as when read whole.
    static func adding(_ bytes: UnsafeBufferPointer<UInt8>, to hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// The content hash of a file as the store records it, read 64 KiB at a time: how a run
/// tells whether a file whose inode changed (its ctime) but not its size or modification time
/// holds other bytes.
public enum FileContentHash {
    /// The hash in hex, or nil when the file cannot be read.
    public static func ofFile(at path: String) -> String? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        // Room that is never cleared: a run upgrading a store hashes every file once.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk -> String? in
            var hash = ContentHash.initial
            while true {
                let count = Glibc.read(descriptor, chunk.baseAddress, chunk.count)
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 { return String(hash, radix: 16) }
                hash = ContentHash.adding(UnsafeBufferPointer(rebasing: chunk[..<count]), to: hash)
            }
        }
    }
}
