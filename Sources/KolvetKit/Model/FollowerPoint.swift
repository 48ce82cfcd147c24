public import Foundation

/// The follower count on one day of the creator's history.
public struct FollowerPoint: Sendable, Equatable, Codable {
    /// The day (or instant) the count was taken.
    public var date: Date
    /// Followers on that day.
    public var followers: Count

    public init(date: Date, followers: Count) {
        self.date = date
        self.followers = followers
    }
}
