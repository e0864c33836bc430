extension Symbols {
    /// Symbols that open textbooks use and the other tables lacked (same format as
    /// `generated`): `\colon` (the punctuation of `f \colon A \to B`), mathtools' colon
    /// relations (`\coloneqq` for "is defined as"), amsmath's semantic dots, `\notni`, the
    /// italic `\varPsi` and the double brackets of semantics (`\llbracket`).
    static let textbookExtra = """
        colon p 3a;coloneqq r 2254;eqqcolon r 2255;Coloneqq r 2a74;coloneq r 3a,2212;
        eqcolon r 2212,3a;Coloneq r 2237,2212;Eqcolon r 2212,2237;Eqqcolon r 3d,2237;
        dblcolon r 2237;coloncolon r 2237;vcentcolon r 2236;ratio r 2236;colonapprox r 3a,2248;
        colonsim r 3a,223c;colonequals r 2254;equalscolon r 2255;
        dotso r 2026;dotsm r 22ef;dotsi r 22ef;notni r 220c;varPsi o 3a8;
        llbracket ( 27e6;rrbracket ) 27e7;lBrace ( 2983;rBrace ) 2984;
        """
}
