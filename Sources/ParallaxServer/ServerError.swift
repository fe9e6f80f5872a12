import Foundation
import Hummingbird

/// An error the server answers with its status and a JSON body naming the problem.
///
/// Every error a handler throws becomes one of these in ``ErrorBodyMiddleware``; anything else
/// is a 500 whose details stay in the log.
public struct ServerError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    /// What went wrong and what to do, for the client.
    public let message: String
    /// Extra headers for the answer (`Location`, `WWW-Authenticate`).
    public var headers: HTTPFields = [:]

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> ServerError {
        ServerError(.notFound, "\(what): no such thing here")
    }

    static func badRequest(_ message: String) -> ServerError {
        ServerError(.badRequest, message)
    }

    /// The JSON body: `{"error": {"status": 404, "message": "…"}}`.
    var body: ByteBuffer {
        struct Body: Encodable {
            struct Detail: Encodable {
                var status: Int
                var message: String
            }
            var error: Detail
        }
        let data =
            (try? JSONEncoder().encode(Body(error: .init(status: status.code, message: message))))
            ?? Data()
        return ByteBuffer(bytes: data)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
