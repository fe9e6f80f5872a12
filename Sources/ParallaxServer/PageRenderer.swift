import HTTPTypes
import Mustache

/// Renders the web pages from ``PageTemplates``.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in [
            ("head", PageTemplates.head), ("nav", PageTemplates.nav),
            ("stories", PageTemplates.storyList), ("story", PageTemplates.story),
            ("article", PageTemplates.article),
        ] {
            try library.register(text, named: name)
        }
        self.library = library
    }

    func story(_ view: StoryView) throws -> String {
        try render(StoryPage(view), "story")
    }

    func stories(_ page: StoryListPage) throws -> String {
        try render(page, "stories")
    }

    func article(_ page: ArticlePage) throws -> String {
        try render(page, "article")
    }

    private func render(_ object: Any, _ template: String) throws -> String {
        guard let html = library.render(object, withTemplate: template) else {
            throw ServerError(.internalServerError, "the page template \(template) is missing")
        }
        return html
    }
}
