extension Task where Success == Never, Failure == Never {
    /// The executor the current task prefers, if it was given one, for the unstructured tasks
    /// it starts to keep: pass it to `Task(executorPreference:)`.
    ///
    /// `Task {}` keeps its creator's priority, actor and task-local values, but not the executor
    /// preference (SE-0417). Work that a caller placed on threads of its own, away from Swift's
    /// shared pool, would otherwise go back to that pool and wait there behind whatever holds
    /// it; a store's query or a request's deadline then waits too.
    public static var currentExecutorPreference: (any TaskExecutor)? {
        withUnsafeCurrentTask { $0?.unownedTaskExecutor?.asTaskExecutor() }
    }
}
