import Foundation
import ParallaxTestSupport

/// The repository's OpenAPI document, and a check of answers against it.
///
/// A small reader of the JSON Schema the document uses (type, properties, required,
/// additionalProperties, items, enum, $ref, minimum, maximum, minLength), written for the
/// tests rather than taken from a library: OpenAPIKit would add a minute to every clean build
/// for a few dozen lines of checking.
// Unchecked: `root` is read from the file once and never changed, so sharing it is safe.
struct OpenAPIDocument: @unchecked Sendable {
    let root: [String: Any]

    static func load() throws -> OpenAPIDocument {
        let url = TestPaths.repository.appendingPathComponent("openapi/parallax.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return OpenAPIDocument(root: object as! [String: Any])
    }

    var paths: [String: [String: Any]] { root["paths"] as! [String: [String: Any]] }

    /// The operation at `path` (as the document writes it, `{id}` and all) and `method`.
    func operation(_ path: String, _ method: String) -> [String: Any]? {
        paths[path]?[method.lowercased()] as? [String: Any]
    }

    /// Every way `body`, answered with `status` by `method path`, breaks the document; empty
    /// when it keeps to it.
    func problems(
        _ method: String, _ path: String, status: Int, contentType: String?, body: Data
    ) -> [String] {
        guard let operation = operation(path, method) else {
            return ["\(method) \(path) is not in the document"]
        }
        let responses = operation["responses"] as! [String: Any]
        guard let response = responses[String(status)] as? [String: Any] else {
            return ["\(method) \(path) answered \(status), which the document does not list"]
        }
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["\(method) \(path) \(status) has a body the document omits"]
        }
        let type = contentType?.split(separator: ";").first.map(String.init) ?? ""
        guard let media = content[type] as? [String: Any] else {
            return [
                "\(method) \(path) \(status) is \(type), the document says \(content.keys.sorted())"
            ]
        }
        let schema = media["schema"] as! [String: Any]
        if type == "application/json" {
            guard
                let value = try? JSONSerialization.jsonObject(
                    with: body, options: .fragmentsAllowed)
            else { return ["\(method) \(path) \(status): the body is not JSON"] }
            return check(value, schema, at: "body")
        }
        return []
    }

    /// Whether JSONSerialization read `value` from `true` or `false`.
    static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    /// Every way `value` breaks `schema`, each with where.
    func check(_ value: Any, _ schema: [String: Any], at place: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            let name = reference.components(separatedBy: "/").last!
            let components = root["components"] as! [String: Any]
            let schemas = components["schemas"] as! [String: Any]
            guard let target = schemas[name] as? [String: Any] else {
                return ["\(place): $ref \(reference) names no schema"]
            }
            return check(value, target, at: place)
        }
        var problems: [String] = []
        if let allowed = schema["enum"] as? [String], let text = value as? String,
            !allowed.contains(text)
        {
            problems.append("\(place): \(text) is not one of \(allowed)")
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(place): not an object"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(place): \(key) is missing")
            }
            for (key, item) in object {
                if let property = properties[key] as? [String: Any] {
                    problems += check(item, property, at: "\(place).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(place): \(key) is not in the document")
                }
            }
        case "array":
            guard let array = value as? [Any] else { return ["\(place): not an array"] }
            let items = schema["items"] as! [String: Any]
            for (index, item) in array.enumerated() {
                problems += check(item, items, at: "\(place)[\(index)]")
            }
        case "string":
            guard let text = value as? String else { return ["\(place): not a string"] }
            if let least = schema["minLength"] as? Int, text.count < least {
                problems.append("\(place): shorter than \(least)")
            }
            if let pattern = schema["pattern"] as? String,
                text.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(place): \(text) does not match \(pattern)")
            }
        case "integer", "number":
            guard let number = value as? NSNumber, !Self.isBoolean(value) else {
                return ["\(place): not a number"]
            }
            if schema["type"] as? String == "integer",
                number.doubleValue.rounded() != number.doubleValue
            {
                problems.append("\(place): \(number) is not whole")
            }
            if let least = schema["minimum"] as? Double, number.doubleValue < least {
                problems.append("\(place): \(number) is below \(least)")
            }
        case "boolean":
            if !Self.isBoolean(value) { problems.append("\(place): not a boolean") }
        default:
            break
        }
        return problems
    }
}
