import CMyHTML

/// Parses HTML into an ``HTMLTree`` with myhtml, a fast HTML5 parser.
///
/// A parser holds myhtml's state and is reused from page to page; it is not thread-safe, so
/// each task that parses makes its own.
public final class HTMLParser {
    private let engine: OpaquePointer
    private let tree: OpaquePointer

    /// The most nodes a page may produce; the rest of a larger page is dropped.
    public var maximumNodes = 2_000_000

    /// Creates a parser.
    ///
    /// - Throws: ``HTMLError`` if myhtml cannot allocate its state.
    public init() throws {
        guard let engine = myhtml_create() else { throw HTMLError.parserUnavailable }
        guard myhtml_init(engine, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) == 0,
            let tree = myhtml_tree_create()
        else {
            myhtml_destroy(engine)
            throw HTMLError.parserUnavailable
        }
        guard myhtml_tree_init(tree, engine) == 0 else {
            myhtml_tree_destroy(tree)
            myhtml_destroy(engine)
            throw HTMLError.parserUnavailable
        }
        self.engine = engine
        self.tree = tree
    }

    deinit {
        myhtml_tree_destroy(tree)
        myhtml_destroy(engine)
    }

    /// Parses `bytes`, decoding them from `encoding`.
    ///
    /// - Complexity: O(*n*) in the size of the page, with no recursion.
    public func parse(_ bytes: [UInt8], encoding: HTMLEncoding) -> HTMLTree {
        defer { myhtml_tree_clean(tree) }
        // Every page reaches myhtml as UTF-8; see Transcoder for why.
        var source = bytes
        if encoding.value != MyENCODING_UTF_8, let name = encoding.name,
            let converted = Transcoder.utf8(bytes, from: name)
        {
            source = converted
        }
        if source.starts(with: [0xEF, 0xBB, 0xBF]) { source.removeFirst(3) }
        if source.isEmpty { source = [0x20] }
        let status = source.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                myhtml_parse(tree, MyENCODING_UTF_8, $0, buffer.count)
            }
        }
        var result = HTMLTree()
        guard status == 0, let document = myhtml_tree_get_document(tree) else { return result }
        result.nodes.reserveCapacity(bytes.count / 40)
        result.nodes.append(HTMLTree.Node(tag: .document, parent: -1, depth: 0))
        // Depth-first, with an explicit stack: (myhtml node, parent index, previous sibling).
        var stack: [(OpaquePointer, Int32, Int32)] = []
        var lastChild: [Int32] = [-1]
        if let first = myhtml_node_child(document) { stack.append((first, 0, -1)) }
        while let (node, parent, _) = stack.popLast() {
            guard result.nodes.count < maximumNodes else { break }
            let index = Int32(result.nodes.count)
            let tag = HTMLTag(rawValue: UInt(myhtml_node_tag_id(node)))
            var entry = HTMLTree.Node(
                tag: tag, parent: parent, depth: result.nodes[Int(parent)].depth + 1)
            if tag == .text || tag == .comment {
                var length = 0
                // Text that is never read is never copied: styles, templates, and scripts
                // other than JSON-LD, which are most of a page's bytes.
                let parentTag = result.nodes[Int(parent)].tag
                let wanted =
                    !Self.unreadText.contains(parentTag)
                    && (parentTag != .script
                        || result.attribute("type", of: Int(parent))?.contains("ld+json") == true)
                // Unread text becomes a comment, which nothing reads.
                if tag == .text, !wanted { entry.tag = .comment }
                if tag == .text, wanted, let text = myhtml_node_text(node, &length) {
                    entry.text = Int32(result.texts.count)
                    result.texts.append(Self.string(text, length))
                }
            } else {
                let start = Int32(result.attributes.count)
                var attribute = myhtml_node_attribute_first(node)
                while let current = attribute {
                    var keyLength = 0
                    var valueLength = 0
                    let key = myhtml_attribute_key(current, &keyLength)
                    let value = myhtml_attribute_value(current, &valueLength)
                    // Only the attributes extraction reads are kept.
                    if let key {
                        let name = Self.string(key, keyLength).lowercased()
                        if Self.keptAttributes.contains(name) {
                            result.attributes.append(
                                (name, value.map { Self.string($0, valueLength) } ?? ""))
                        }
                    }
                    attribute = myhtml_attribute_next(current)
                }
                entry.attributes = start..<Int32(result.attributes.count)
            }
            // Link the node under its parent, after the parent's last child so far.
            let previous = lastChild[Int(parent)]
            if previous >= 0 {
                result.nodes[Int(previous)].nextSibling = index
            } else {
                result.nodes[Int(parent)].firstChild = index
            }
            lastChild[Int(parent)] = index
            result.nodes.append(entry)
            lastChild.append(-1)
            // Next sibling after this subtree: push it first so the children come out first.
            if let next = myhtml_node_next(node) { stack.append((next, parent, index)) }
            if tag != .text, let child = myhtml_node_child(node) {
                stack.append((child, index, -1))
            }
        }
        return result
    }

    /// Elements whose text extraction never reads.
    static let unreadText: Set<HTMLTag> = [.style, .noscript, .template, .svg, .textarea, .math]

    static let keptAttributes: Set<String> = [
        "class", "id", "itemprop", "property", "name", "content", "href", "rel", "type", "lang",
        "datetime", "hidden", "aria-hidden", "style", "charset", "http-equiv", "role",
    ]

    private static func string(_ pointer: UnsafePointer<CChar>, _ length: Int) -> String {
        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
