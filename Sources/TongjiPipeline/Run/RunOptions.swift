import Foundation
import Ingest
import TongjiCore

/// How `tongji run` runs: where it writes, which articles its reports cover, how many cores
/// it uses, and who hears about its progress.
public struct RunOptions: Sendable {
    /// Overrides the pipeline's report directory.
    public var outputDirectory: String?
    /// The time the reports show; passed in so that a report can be reproduced byte for byte.
    public var runTime: Date
    /// Reports cover articles published on or after this date; undated articles are left out.
    public var since: CalendarDate?
    /// Reports cover articles published on or before this date; undated articles are left out.
    public var until: CalendarDate?
    /// Documents in memory at once, the one being read included: it reads on the calling thread
    /// while the others are extracted and saved on as many workers.
    public var jobs: Int
    /// The most figures report.html lists; beyond it the page shows the first ones and says so.
    /// 10 000 keeps the page near 8 MB and its making under 150 MB of memory.
    public var htmlFigureLimit = 10_000
    /// Text and JSON Lines files larger than this are read, extracted and saved in parts of
    /// about this many bytes (`IngestOptions.partBytes`), so memory does not grow with one file.
    public var partBytes = IngestOptions().partBytes
    /// Told after every file, and every part of a file read in parts, from any thread.
    public var onProgress: (@Sendable (RunProgress) -> Void)?

    public init(outputDirectory: String? = nil, runTime: Date = Date(), since: CalendarDate? = nil,
                until: CalendarDate? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                onProgress: (@Sendable (RunProgress) -> Void)? = nil) {
        self.outputDirectory = outputDirectory
        self.runTime = runTime
        self.since = since
        self.until = until
        self.jobs = max(1, jobs)
        self.onProgress = onProgress
    }

    /// True when an article of `date` belongs in the reports.
    func covers(_ date: CalendarDate?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date else { return false }
        return (since.map { date >= $0 } ?? true) && (until.map { date <= $0 } ?? true)
    }
}

/// Where a run stands: files done of those to read, bytes read, figures found.
public struct RunProgress: Sendable, Hashable {
    public var filesDone = 0
    public var filesToRead = 0
    public var bytes = 0
    public var figures = 0
    /// The file just finished, or a part of it.
    public var lastFile = ""
    /// Which part of `lastFile` was just finished (from 1) when it is read in parts and more of
    /// them follow; nil once the file is done.
    public var lastFilePart: Int?
}
