/// A parsed HTML document as flat arrays: every node with its tag, parent, first child and next
/// sibling, text nodes' text, and elements' attributes.
///
/// Flat arrays let extraction walk the tree without recursion, so 100,000 nested elements
/// cost no stack, and make the tree a plain value that outlives the parser.
public struct HTMLTree: Sendable {
    /// A node of the document.
    public struct Node: Sendable {
        /// The element's tag, or ``HTMLTag/text`` for text.
        public var tag: HTMLTag
        /// The parent's index, or -1 for the root.
        public var parent: Int32
        /// The first child's index, or -1.
        public var firstChild: Int32 = -1
        /// The next sibling's index, or -1.
        public var nextSibling: Int32 = -1
        /// For text nodes, the index of the text in ``HTMLTree/texts``; otherwise -1.
        public var text: Int32 = -1
        /// The element's attributes, as a range of ``HTMLTree/attributes``.
        public var attributes: Range<Int32> = 0..<0
        /// The depth below the root.
        public var depth: Int32
    }

    /// The nodes in document order; node 0 is the root.
    public var nodes: [Node] = []
    /// The text of text nodes, character references resolved.
    public var texts: [String] = []
    /// Every element's attributes, names in lower case.
    public var attributes: [(name: String, value: String)] = []

    /// The value of attribute `name` of node `index`, if it has it.
    public func attribute(_ name: String, of index: Int) -> String? {
        let range = nodes[index].attributes
        for position in range where attributes[Int(position)].name == name {
            return attributes[Int(position)].value
        }
        return nil
    }

    /// The indices of node `index`'s children.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(Int(child))
            child = nodes[Int(child)].nextSibling
        }
        return result
    }

    /// The indices of the subtree rooted at `index`, in document order, `index` first.
    ///
    /// - Complexity: O(*n*) in the size of the subtree, and no recursion.
    public func subtree(_ index: Int) -> [Int] {
        var result: [Int] = []
        var stack = [Int32(index)]
        while let node = stack.popLast() {
            result.append(Int(node))
            var children: [Int32] = []
            var child = nodes[Int(node)].firstChild
            while child >= 0 {
                children.append(child)
                child = nodes[Int(child)].nextSibling
            }
            stack.append(contentsOf: children.reversed())
        }
        return result
    }

    /// The text of the subtree at `index`, with whitespace runs collapsed.
    public func text(of index: Int) -> String {
        var pieces: [String] = []
        for node in subtree(index) where nodes[node].tag == .text {
            pieces.append(texts[Int(nodes[node].text)])
        }
        return HTMLText.collapse(pieces.joined())
    }

    /// The indices of every element with tag `tag`.
    public func elements(_ tag: HTMLTag) -> [Int] {
        nodes.indices.filter { nodes[$0].tag == tag }
    }
}
