import Yams

/// Positions in the files a scenario inherits from (`extends:`), so that a problem in a value
/// written in a base file is reported in that file, at its line.
///
/// After merging, the tree mixes nodes of several files, and Yams' `Mark` has only a line and a
/// column. Nodes from the n-th inherited file carry their line plus n × 2³²; ``SourceLocation``
/// takes the file back from ``files`` (set for the duration of one load) and the true line from
/// the low bits. A file of 2³² lines is far beyond the 256 MB file limit.
enum InheritedMarks {
    static let fileShift = 32
    static let lineMask = (1 << fileShift) - 1

    /// Display paths of the inherited files of the scenario being loaded; index n − 1 is file n.
    @TaskLocal static var files: [String] = []

    /// `mark` moved to file `index` (1-based); marks already in an inherited file keep theirs.
    static func shift(_ mark: Mark?, toFile index: Int) -> Mark? {
        guard let mark, mark.line >> fileShift == 0 else { return mark }
        return makeMark(line: mark.line | (index << fileShift), column: mark.column)
    }

    /// A `Mark` with the given position. Yams does not expose its initializer; `Mark` is two
    /// `Int`s, which the layout check guarantees before the bits are reinterpreted.
    static func makeMark(line: Int, column: Int) -> Mark? {
        guard MemoryLayout<Mark>.size == 2 * MemoryLayout<Int>.size,
              MemoryLayout<Mark>.alignment == MemoryLayout<Int>.alignment else { return nil }
        return unsafeBitCast((line, column), to: Mark.self)
    }

    /// The tree with every mark moved to file `index`.
    static func shift(_ node: Node, toFile index: Int) -> Node {
        switch node {
        case .scalar(var scalar):
            scalar.mark = shift(scalar.mark, toFile: index)
            return .scalar(scalar)
        case .mapping(var mapping):
            let pairs = mapping.map { (shift($0.key, toFile: index), shift($0.value, toFile: index)) }
            let mark = shift(mapping.mark, toFile: index)
            mapping = Node.Mapping(pairs, mapping.tag, mapping.style, mark)
            return .mapping(mapping)
        case .sequence(var sequence):
            let items = sequence.map { shift($0, toFile: index) }
            sequence = Node.Sequence(items, sequence.tag, sequence.style, shift(sequence.mark, toFile: index))
            return .sequence(sequence)
        case .alias:
            return node
        }
    }
}

extension SourceLocation {
    init(file: String, mark: Mark?) {
        guard let mark else {
            self.init(file: file)
            return
        }
        let index = mark.line >> InheritedMarks.fileShift
        let files = InheritedMarks.files
        if index > 0, index <= files.count {
            self.init(file: files[index - 1], line: mark.line & InheritedMarks.lineMask, column: mark.column)
        } else {
            self.init(file: file, line: mark.line & InheritedMarks.lineMask, column: mark.column)
        }
    }
}
