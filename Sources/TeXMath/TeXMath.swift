/// LaTeX math to MathML Core.
public enum TeXMath {}
