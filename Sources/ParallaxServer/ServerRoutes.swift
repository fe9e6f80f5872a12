import Crypto
import Foundation
import Hummingbird
import ParallaxStore

/// The routes: the JSON API under `/api/v1`, the web pages, and the server's own health and
/// metrics.
struct ServerRoutes<Context: RequestContext> {
    let service: StoryService
    let metrics: (@Sendable () -> String)?

    var settings: ServerSettings { service.settings }

    func add(to router: Router<Context>) {
        let api = router.group("api/v1")
        api.get("stories", use: listStories)
        api.get("stories/:id", use: storyJSON)
        api.get("articles/:id", use: articleJSON)
        api.post("compare", use: compare)
        api.post("ingest", use: ingest)

        router.get("/", use: storyListPage)
        router.get("stories/:id", use: storyPage)
        router.get("articles/:id", use: articlePage)
        router.get("assets/parallax.css") { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600",
                ],
                body: .init(byteBuffer: ByteBuffer(string: PageTemplates.stylesheet)))
        }
        router.get("health") { _, _ in "ok\n" }
        if let metrics {
            router.get("metrics") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                    body: .init(byteBuffer: ByteBuffer(string: metrics())))
            }
        }
    }

    // MARK: The API

    @Sendable func listStories(_ request: Request, context: Context) async throws -> Response {
        let filters = try StoryFilters(request.uri.queryParameters.dictionary, settings: settings)
        let (stories, more) = try await service.page(filters)
        let page = StoryListJSON(
            stories: stories.map {
                StoryListJSON.Item(story: $0.0, contest: $0.1, href: "/api/v1/stories/\($0.0.id)")
            }, limit: filters.limit, offset: filters.offset,
            next: more
                ? filters.link(path: "/api/v1/stories", offset: filters.offset + filters.limit)
                : nil)
        return try JSONBody.response(page)
    }

    @Sendable func storyJSON(_ request: Request, context: Context) async throws -> Response {
        let id = try storyID(context)
        guard let story = try await service.story(id) else {
            throw ServerError.notFound("story \(id)")
        }
        if story.view.story.id != id {
            return redirect(to: "/api/v1/stories/\(story.view.story.id)")
        }
        return JSONBody.response(story.json)
    }

    @Sendable func articleJSON(_ request: Request, context: Context) async throws -> Response {
        let id = try articleID(context)
        guard let record = try await service.article(id) else {
            throw ServerError.notFound("article \(id)")
        }
        return try JSONBody.response(record)
    }

    @Sendable func compare(_ request: Request, context: Context) async throws -> Response {
        let batch = try await JSONBody.decode(
            ArticleInput.Batch.self, from: request, limit: settings.maxBodyBytes)
        try ArticleInput.validate(batch.articles, least: 2, most: settings.maxArticlesPerRequest)
        return try JSONBody.response(try await service.compare(batch.articles))
    }

    @Sendable func ingest(_ request: Request, context: Context) async throws -> Response {
        guard let token = settings.ingestToken else {
            throw ServerError(
                .forbidden,
                "this server takes no articles; start it with --ingest-token to allow POST /api/v1/ingest"
            )
        }
        guard let given = request.headers[.authorization], Self.matches(given, token: token) else {
            var error = ServerError(
                .unauthorized, "send the server's ingest token as Authorization: Bearer TOKEN")
            error.headers[.wwwAuthenticate] = "Bearer"
            throw error
        }
        let batch = try await JSONBody.decode(
            ArticleInput.Batch.self, from: request, limit: settings.maxBodyBytes)
        try ArticleInput.validate(batch.articles, least: 1, most: settings.maxArticlesPerRequest)
        return try JSONBody.response(try await service.ingest(batch.articles), status: .created)
    }

    /// Whether an `Authorization` header carries `token`, compared in constant time.
    static func matches(_ header: String, token: String) -> Bool {
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else { return false }
        // Digests of equal length, compared without an early exit, tell nothing by timing.
        let given = SHA256.hash(data: Data(header.dropFirst(prefix.count).utf8))
        let expected = SHA256.hash(data: Data(token.utf8))
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    // MARK: The pages

    @Sendable func storyListPage(_ request: Request, context: Context) async throws -> Response {
        let filters = try StoryFilters(request.uri.queryParameters.dictionary, settings: settings)
        let (stories, more) = try await service.page(filters)
        let page = StoryListPage(stories, filters: filters, hasMore: more)
        return html(ByteBuffer(string: try service.pages.stories(page)))
    }

    @Sendable func storyPage(_ request: Request, context: Context) async throws -> Response {
        let id = try storyID(context)
        guard let story = try await service.story(id) else {
            throw ServerError.notFound("story \(id)")
        }
        if story.view.story.id != id { return redirect(to: "/stories/\(story.view.story.id)") }
        return html(story.page)
    }

    @Sendable func articlePage(_ request: Request, context: Context) async throws -> Response {
        let id = try articleID(context)
        guard let record = try await service.article(id) else {
            throw ServerError.notFound("article \(id)")
        }
        return html(ByteBuffer(string: try service.pages.article(ArticlePage(record))))
    }

    // MARK: Helpers

    func storyID(_ context: Context) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else {
            throw ServerError.badRequest("\(text) is not a story id; story ids are whole numbers")
        }
        return id
    }

    func articleID(_ context: Context) throws -> String {
        let text = context.parameters.get("id") ?? ""
        guard !text.isEmpty, text.count <= 128,
            text.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-"
                        || $0 == "_")
            })
        else {
            throw ServerError.badRequest(
                "\(text.prefix(40)) is not an article id; ids are letters, digits, - and _")
        }
        return text
    }

    func html(_ body: ByteBuffer) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: body))
    }

    func redirect(to path: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: path])
    }
}

extension Hummingbird.Parameters {
    /// The parameters as a dictionary, the last value of a repeated key winning.
    var dictionary: [String: String] {
        var result: [String: String] = [:]
        for (key, value) in self { result[String(key)] = String(value) }
        return result
    }
}

/// The body of `GET /api/v1/stories`.
struct StoryListJSON: Encodable {
    struct Item: Encodable {
        var story: StoredStory
        /// How contested it is; nil when it has fewer than two original articles.
        var contest: Contest?
        var href: String
    }
    var stories: [Item]
    var limit: Int
    var offset: Int
    /// The next page, if there is one.
    var next: String?
}
