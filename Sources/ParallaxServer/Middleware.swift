import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ParallaxCore
import Synchronization

/// Hardening headers on every answer: no script may run, nothing is framed, nothing leaks in
/// the referrer, and browsers take content types at their word.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headers: HTTPFields {
        [
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
            HTTPField.Name("Cross-Origin-Resource-Policy")!: "same-origin",
            HTTPField.Name("Permissions-Policy")!: "camera=(), microphone=(), geolocation=()",
        ]
    }
    let headers = Self.headers

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers.append(contentsOf: headers)
        return response
    }
}

/// Turns every error into a JSON answer with its status: the server's own errors as they are,
/// Hummingbird's (an unknown path, a bad method) with their status, and anything else as a 500
/// whose details go to the log only.
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            let message =
                error.status == .notFound
                ? "\(request.uri.path): no such page or resource"
                : error.body ?? error.status.reasonPhrase
            var answer = ServerError(error.status, message)
            answer.headers = error.headers
            answer.headers[.contentType] = nil
            answer.headers[.contentLength] = nil
            return try answer.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            return try ServerError(error.status, error.status.reasonPhrase).response(
                from: request, context: context)
        } catch {
            context.logger.error(
                "request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            return try ServerError(.internalServerError, "the server failed; see its log").response(
                from: request, context: context)
        }
    }
}

/// Runs `work`, answering 503 if it takes longer than `limit`, so that no client waits forever
/// on a comparison; the work itself goes on, and what it makes is kept for the next request.
func withTimeLimit<Value: Sendable>(
    _ limit: Duration, _ work: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    // A task group would wait for the work to end even after the time is up, so the first of
    // the two to finish resumes the caller, once.
    let once = ResumeOnce()
    return try await withCheckedThrowingContinuation { continuation in
        let finish = { @Sendable (result: Result<Value, any Error>) in
            let first = once.done.withLock { done in
                defer { done = true }
                return !done
            }
            if first { continuation.resume(with: result) }
        }
        let preference = Task.currentExecutorPreference
        let timer = Task(executorPreference: preference) {
            try await Task.sleep(for: limit)
            finish(
                .failure(
                    ServerError(
                        .serviceUnavailable,
                        "the request took longer than \(limit.components.seconds) s; try again later"
                    )))
        }
        Task(executorPreference: preference) {
            do { finish(.success(try await work())) } catch { finish(.failure(error)) }
            timer.cancel()
        }
    }
}

/// Whether a continuation was resumed, for ``withTimeLimit(_:_:)``.
private final class ResumeOnce: Sendable {
    let done = Mutex(false)
}
