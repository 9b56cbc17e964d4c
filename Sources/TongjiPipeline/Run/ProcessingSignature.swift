import Normalise
import TongjiCore

/// What decides the articles and figures a run stores for an input besides its bytes: tongji's
/// own rules and the pipeline's categories and default date. Kept in the store; a run that finds
/// it changed reads every input again, so that its reports never mix figures made under two
/// sets of rules or categories.
struct ProcessingSignature: Equatable {
    /// Raise whenever a change to ingest, extract or normalise can change what is stored for the
    /// same input: segmentation, figures, values, categories, regions, periods; or when stores
    /// written before may hold wrong figures. 16: a copy added before its stored original had
    /// left the article counted zero times (RunJob); reading every input once more repairs it.
    static let rulesVersion = 16

    /// The settings key the signature is stored under.
    static let settingKey = "processing_signature"

    /// Stored while a store holds figures made under two signatures (a run reading everything
    /// again has not finished, or kept files of a missing root from before): matches none.
    static let mixed = "mixed"

    let text: String

    init(definition: PipelineDefinition) {
        var parts = ["rules \(Self.rulesVersion)", "default_date \(definition.defaultDate?.description ?? "")"]
        for category in definition.categories {
            let fallbackKinds = category.fallbackKinds.map(\.rawValue).sorted().joined(separator: ",")
            let kinds = category.kinds.map(\.rawValue).sorted().joined(separator: ",")
            parts.append("category \(category.name) [\(category.keywords.joined(separator: ","))] [\(fallbackKinds)]"
                + " kinds [\(kinds)] exceptions [\(category.exceptions.joined(separator: ","))]")
        }
        text = parts.joined(separator: "\n")
    }
}
