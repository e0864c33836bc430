/// The version Lectern reports.
public let lecternVersion = "0.1.0"
