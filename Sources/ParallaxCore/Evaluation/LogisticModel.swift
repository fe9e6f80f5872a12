import Foundation

/// Logistic regression over standardised features, trained by Newton's method with an L2
/// penalty: small enough to ship as a handful of numbers, and exact to retrain.
///
/// Written by hand because no Swift package here fits a classifier; with a dozen features
/// Newton's method converges in a few steps of a dozen-by-dozen solve.
public struct LogisticModel: Sendable, Equatable {
    /// Each feature's mean and spread over the training set, to standardise with.
    public var means: [Double]
    public var scales: [Double]
    /// The weight of each standardised feature, and the intercept.
    public var weights: [Double]
    public var bias: Double

    public init(means: [Double], scales: [Double], weights: [Double], bias: Double) {
        self.means = means
        self.scales = scales
        self.weights = weights
        self.bias = bias
    }

    /// The probability that `features` belong to the positive class. Features past the
    /// model's own count are ignored.
    public func probability(_ features: [Double]) -> Double {
        precondition(
            features.count >= weights.count,
            "\(features.count) features for a model of \(weights.count)")
        var z = bias
        for i in weights.indices { z += weights[i] * (features[i] - means[i]) / scales[i] }
        return 1 / (1 + exp(-z))
    }

    /// Fits a model to `samples` labelled by `labels`.
    ///
    /// - Parameters:
    ///   - penalty: The L2 penalty on the weights (not the intercept).
    /// - Complexity: O(*i* · *n* · *d*²) for *i* Newton steps over *n* samples of *d* features.
    public static func train(
        _ samples: [[Double]], labels: [Bool], penalty: Double = 1, steps: Int = 30
    ) -> LogisticModel {
        let count = Double(max(samples.count, 1))
        let width = samples.first?.count ?? 0
        var means = [Double](repeating: 0, count: width)
        var scales = [Double](repeating: 0, count: width)
        for sample in samples { for i in 0..<width { means[i] += sample[i] / count } }
        for sample in samples {
            for i in 0..<width { scales[i] += (sample[i] - means[i]) * (sample[i] - means[i]) }
        }
        scales = scales.map { max(($0 / count).squareRoot(), 1e-9) }
        let rows = samples.map { sample in
            [1] + (0..<width).map { (sample[$0] - means[$0]) / scales[$0] }
        }
        var beta = [Double](repeating: 0, count: width + 1)
        for _ in 0..<steps {
            var gradient = [Double](repeating: 0, count: width + 1)
            var hessian = [[Double]](
                repeating: [Double](repeating: 0, count: width + 1), count: width + 1)
            for (row, label) in zip(rows, labels) {
                var z = 0.0
                for i in row.indices { z += beta[i] * row[i] }
                let p = 1 / (1 + exp(-z))
                let residual = p - (label ? 1 : 0)
                let curvature = max(p * (1 - p), 1e-9)
                for i in row.indices {
                    gradient[i] += residual * row[i]
                    for j in i..<row.count { hessian[i][j] += curvature * row[i] * row[j] }
                }
            }
            for i in 1...width {
                gradient[i] += penalty * beta[i]
                hessian[i][i] += penalty
            }
            for i in 0...width { for j in 0..<i { hessian[i][j] = hessian[j][i] } }
            guard let step = solve(hessian, gradient) else { break }
            var change = 0.0
            for i in beta.indices {
                beta[i] -= step[i]
                change = max(change, abs(step[i]))
            }
            if change < 1e-9 { break }
        }
        return LogisticModel(
            means: means, scales: scales, weights: Array(beta.dropFirst()), bias: beta[0])
    }

    /// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting; `nil` when
    /// the matrix is singular.
    static func solve(_ matrix: [[Double]], _ vector: [Double]) -> [Double]? {
        var a = matrix
        var b = vector
        let n = b.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            guard abs(a[pivot][column]) > 1e-12 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in column + 1..<n {
                let factor = a[row][column] / a[column][column]
                guard factor != 0 else { continue }
                for k in column..<n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in row + 1..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }
}
