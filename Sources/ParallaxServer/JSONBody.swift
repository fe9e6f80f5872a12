import Foundation
import Hummingbird

/// The server's JSON: keys sorted, dates in ISO 8601, so equal values give equal bytes.
enum JSONBody {
    static func buffer(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return ByteBuffer(bytes: try encoder.encode(value))
    }

    static func response(_ buffer: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: buffer))
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        response(try buffer(value), status: status)
    }

    /// Decodes a request's JSON body, answering 400 with where it went wrong.
    static func decode<Value: Decodable>(
        _ type: Value.Type, from request: Request, limit: Int
    ) async throws -> Value {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch {
            throw ServerError(
                .contentTooLarge, "the body is over \(limit) bytes; send fewer or shorter articles")
        }
        do {
            return try JSONDecoder().decode(type, from: Data(body.readableBytesView))
        } catch let error as DecodingError {
            throw ServerError.badRequest("the body is not the JSON expected: \(describe(error))")
        } catch {
            throw ServerError.badRequest("the body is not JSON: \(error)")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map {
                $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)"
            }
            .joined()
            return path.isEmpty ? "at the top" : "at \(path)"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription) (\(path(context)))"
        case .dataCorrupted(let context):
            return "\(context.debugDescription) (\(path(context)))"
        @unknown default:
            return "\(error)"
        }
    }
}
