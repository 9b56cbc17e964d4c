import TongjiCore

/// The columns of `articles.csv`: one row per article read, with how many figures it holds.
public enum ArticleTable {
    public static let columns: [CSVColumn] = [
        CSVColumn("file", isFreeText: true), CSVColumn("article"), CSVColumn("title", isFreeText: true),
        CSVColumn("byline", isFreeText: true), CSVColumn("date"), CSVColumn("start_line"), CSVColumn("end_line"),
        CSVColumn("sentences"), CSVColumn("figures"), CSVColumn("duplicate_lines"),
    ]

    /// Writes the row of `article` into `csv`, field by field: no String for each number.
    /// `duplicate_lines` lists the repeated line ranges (`167-173`), separated by spaces.
    static func write(_ article: ArticleSummary, to csv: inout CSVRecord) {
        csv.append(article.file, isFreeText: true)
        csv.append(article.number)
        csv.append(article.title, isFreeText: true)
        csv.append(article.byline, isFreeText: true)
        csv.append(article.date?.description)
        csv.append(article.startLine)
        csv.append(article.endLine)
        csv.append(article.sentenceCount)
        csv.append(article.figureCount)
        csv.append(article.duplicateLines.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: " "))
    }
}
