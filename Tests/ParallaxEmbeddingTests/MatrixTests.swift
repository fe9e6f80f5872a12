import Foundation
import Testing

@testable import ParallaxEmbedding

/// The encoder's array operations beyond BLAS against the same formulas in double precision, at
/// every length up to a few vector widths, so that the vector calls' tails are covered.
struct MatrixTests {
    /// Values spread over where GELU bends and where it flattens, both signs.
    static func values(_ count: Int) -> [Float] {
        (0..<count).map { Float(($0 * 37) % 101 - 50) / 8 }
    }

    @Test(arguments: 0...13)
    func geluMatchesTheErrorFunction(count: Int) {
        let input = Self.values(count)
        var output = input
        output.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { Matrix.gelu(base, count: count) }
        }
        for (x, y) in zip(input, output) {
            let expected = 0.5 * Double(x) * (1 + erf(Double(x) / 2.0.squareRoot()))
            #expect(abs(Double(y) - expected) <= 1e-6 * max(1, abs(expected)), "gelu(\(x))")
        }
    }

    @Test(arguments: [1, 3, 4, 5, 8, 11])
    func softmaxRowsSumToOne(columns: Int) {
        let rows = 3
        let input = Self.values(rows * columns)
        var output = input
        output.withUnsafeMutableBufferPointer { buffer in
            Matrix.softmaxRows(buffer.baseAddress!, rows: rows, columns: columns)
        }
        for row in 0..<rows {
            let slice = input[row * columns..<(row + 1) * columns].map(Double.init)
            let largest = slice.max()!
            let total = slice.reduce(0) { $0 + exp($1 - largest) }
            for column in 0..<columns {
                let expected = exp(slice[column] - largest) / total
                #expect(abs(Double(output[row * columns + column]) - expected) <= 1e-6)
            }
        }
    }
}
