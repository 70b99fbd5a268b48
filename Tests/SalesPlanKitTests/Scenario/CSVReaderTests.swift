import Foundation
import Testing
@testable import SalesPlanKit

/// Reads `text` and returns each record's fields as strings, with the line it starts on.
private func records(_ text: String) -> Result<[(line: Int, fields: [String])], CSVReader.Problem> {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
        CSVReader.read(buffer).map { reader in
            (0..<reader.recordCount).map { record in
                (Int(reader.recordLines[record]), reader.fields(ofRecord: record).map { $0.text(in: buffer) })
            }
        }
    }
}

private func fields(_ text: String) -> [[String]] {
    (try? records(text).get().map(\.fields)) ?? [["<failed>"]]
}

@Suite("CSV reader (RFC 4180)")
struct CSVReaderTests {
    @Test func plainFieldsAndLineEnds() {
        #expect(fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]], "CRLF")
        #expect(fields("a,b\r1,2\r") == [["a", "b"], ["1", "2"]], "lone CR")
        #expect(fields("a,b\n1,2") == [["a", "b"], ["1", "2"]], "no line end at the end")
        #expect(fields("a,b,\n1,,\n") == [["a", "b", ""], ["1", "", ""]], "empty fields, also last")
        #expect(fields("a\n\n1\n") == [["a"], [""], ["1"]], "a blank line is one empty field")
    }

    @Test func quotedFields() {
        #expect(fields(#"id,name"# + "\n" + #"1,"Smith, John""# + "\n") == [["id", "name"], ["1", "Smith, John"]])
        #expect(fields(#""say ""hi""",x"#) == [[#"say "hi""#, "x"]], "doubled quotes")
        #expect(fields(#""""""#) == [[#"""#]], "a value that is one quote")
        #expect(fields(#""",x"#) == [["", "x"]], "empty quoted value")
        #expect(fields("\"two\nlines\",x\r\n\"crlf\r\ninside\",y\n") == [["two\nlines", "x"], ["crlf\r\ninside", "y"]])
        #expect(fields(#"1, "Smith, John" ,3"#) == [["1", "Smith, John", "3"]], "spaces around a quoted value")
        #expect(fields(#"5'10",x"# + "\n") == [[#"5'10""#, "x"]], "a quote inside an unquoted value is text")
        #expect(fields("  padded\t, b \n") == [["padded", "b"]], "spaces and tabs around values are not part of them")
        #expect(fields("é,日本\n") == [["é", "日本"]])
    }

    /// Records start on the line an editor shows, counting line breaks inside quotes.
    @Test func recordLinesCountQuotedLineBreaks() throws {
        let read = try records("h1,h2\n\"a\nb\nc\",1\r\n2,\"x\ry\"\n3,4\n").get()
        #expect(read.map(\.line) == [1, 2, 5, 7])  // a lone CR is a line break too, as editors show it
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() {
        guard case .failure(let problem) = records("id,name\n1,ok\n2,\"never closed\n3,x\n4,y\n") else {
            Issue.record("read an unclosed quote")
            return
        }
        #expect(problem.line == 3)
        #expect(problem.message.hasPrefix("a quoted value is not closed"))
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        guard case .failure(let problem) = records("id,name\n1,\"Smith\" Jr,x\n") else {
            Issue.record("read text after a closing quote")
            return
        }
        #expect(problem.line == 2)
        #expect(problem.message.hasPrefix("unexpected text after the closing quote"))
    }
}

/// CSV tables through the loader: a CRM export with a byte-order mark, CRLF and quoted names.
@Suite("CSV tables")
struct CSVTableTests {
    static let scenario = MinimalScenario.lines.prefix(15).joined(separator: "\n") + "\nsellers: sellers.csv\n"

    @Test func aCRMExportLoads() throws {
        let csv = "\u{FEFF}id,name,plan,quota,prior_attainments\r\ns1,\"Smith, \"\"JJ\"\"\",ae,\"1,500,000\",0.9; 1.1\r\n s2 ,Ann,ae,2M,\r\n"
        let folder = try ScenarioFolder(files: ["scenario.yaml": Self.scenario, "sellers.csv": csv])
        let sellers = try folder.load().scenario.sellers
        #expect(sellers.map(\.id) == ["s1", "s2"])
        #expect(sellers[0].name == #"Smith, "JJ""#)
        #expect(sellers.map(\.quota) == [1_500_000, 2_000_000])
        #expect(sellers[0].priorAttainments == [0.9, 1.1])
        #expect(sellers[1].priorAttainments.isEmpty)
    }

    @Test func errorsPointAtTheRowAfterQuotedLineBreaks() throws {
        let csv = "id,name,plan,quota\r\ns1,\"Ann\r\nSmith\",ae,1000000\r\n\r\ns2,Bob,ae,-1\r\ns3,Cy,ae\r\n"
        let folder = try ScenarioFolder(files: ["scenario.yaml": Self.scenario, "sellers.csv": csv])
        let messages = folder.diagnostics().map { "\($0.location.line ?? 0): \($0.field): \($0.message)" }
        #expect(messages == ["5: sellers[1].quota: must be greater than 0 (got -1)",
                             "6: sellers[2]: row has 3 fields, the header has 4; check for a missing or extra comma, or an unquoted comma inside a value"])
    }
}
