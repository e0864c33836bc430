/// The Calc expression language.
public enum Calc {}
