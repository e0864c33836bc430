/// The symbol commands: a control sequence that stands for one character of a known class.
///
/// The table is kept as compact text (`name class hex[,hex];`) and parsed once, because a
/// dictionary literal of this size slows the compiler down badly. The code points follow the
/// Unicode characters that TeX's fonts draw for each command (KaTeX's symbol table lists the
/// same facts); classes are TeX's atom classes.
enum Symbols {
    /// Symbol commands by name (without the backslash).
    static let table: [String: MathSymbol] = {
        var table: [String: MathSymbol] = [:]
        table.reserveCapacity(600)
        for (name, symbol) in entries { table[name] = symbol }
        return table
    }()

    /// Every entry of the three tables, in the order written.
    private static let entries: [(name: String, symbol: MathSymbol)] = {
        var entries: [(name: String, symbol: MathSymbol)] = []
        for source in [generated, extra, textbookExtra] {
            for entry in source.split(separator: ";") {
                let fields = entry.split(whereSeparator: { $0 == " " || $0 == "\n" })
                guard fields.count == 3, let symbolClass = SymbolClass(code: fields[1]) else { continue }
                var text = ""
                for hex in fields[2].split(separator: ",") {
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        text.unicodeScalars.append(scalar)
                    }
                }
                entries.append((String(fields[0]), MathSymbol(text: text, symbolClass: symbolClass)))
            }
        }
        return entries
    }()

    /// Classes of non-ASCII characters typed directly into a formula (`∂`, `≤`, `ψ`). Where two
    /// commands draw the same character (`\Gamma` upright, `\varGamma` italic) the first written
    /// wins, so a typed `Γ` is always `\Gamma`'s: taken from the dictionary's values, the class
    /// changed from one run to the next with the hash seed, and so did the pages.
    static let byCharacter: [Unicode.Scalar: SymbolClass] = {
        var map: [Unicode.Scalar: SymbolClass] = [:]
        for symbol in entries.map(\.symbol) {
            let scalars = symbol.text.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first, scalar.value > 0x7F, map[scalar] == nil {
                map[scalar] = symbol.symbolClass
            }
        }
        return map
    }()

    /// Classes: o = ordinary (italic `mi`), u = upright `mi`, r = relation, b = binary operator,
    /// ( = opening, ) = closing, p = punctuation, L = large operator.
    private static let generated = """
        And b 26;Box u 25a1;Bumpeq r 224e;Cap b 22d2;Cup b 22d3;Delta u 394;Diamond u 25ca;Doteq r 2251;
        Downarrow r 21d3;Finv u 2132;Game u 2141;Gamma u 393;Im u 2111;Join r 22c8;Lambda u 39b;
        Leftarrow r 21d0;Leftrightarrow r 21d4;Lleftarrow r 21da;Longleftarrow r 27f8;
        Longleftrightarrow r 27fa;Longrightarrow r 27f9;Lsh r 21b0;Omega u 3a9;P u b6;Phi u 3a6;
        Pi u 3a0;Psi u 3a8;Re u 211c;Rightarrow r 21d2;Rrightarrow r 21db;Rsh r 21b1;S u a7;Sigma u 3a3;
        Subset r 22d0;Supset r 22d1;Theta u 398;Uparrow r 21d1;Updownarrow r 21d5;Upsilon u 3a5;
        Vdash r 22a9;Vvdash r 22aa;Xi u 39e;aleph u 2135;alpha o 3b1;amalg b 2a3f;angle u 2220;
        approx r 2248;approxeq r 224a;ast b 2217;asymp r 224d;backepsilon r 220d;backprime u 2035;
        backsim r 223d;backsimeq r 22cd;backslash u 5c;barwedge b 22bc;because r 2235;beta o 3b2;
        beth u 2136;between r 226c;bigcap L 22c2;bigcirc b 25ef;bigcup L 22c3;bigodot L 2a00;
        bigoplus L 2a01;bigotimes L 2a02;bigsqcup L 2a06;bigstar u 2605;bigtriangledown b 25bd;
        bigtriangleup b 25b3;biguplus L 2a04;bigvee L 22c1;bigwedge L 22c0;blacklozenge u 29eb;
        blacksquare u 25a0;blacktriangle u 25b2;blacktriangledown u 25bc;blacktriangleleft r 25c0;
        blacktriangleright r 25b6;bot u 22a5;bowtie r 22c8;boxdot b 22a1;boxminus b 229f;boxplus b 229e;
        boxtimes b 22a0;bullet b 2219;bumpeq r 224f;cap b 2229;cdot b 22c5;cdotp p 22c5;
        centerdot b 22c5;checkmark u 2713;chi o 3c7;circ b 2218;circeq r 2257;circlearrowleft r 21ba;
        circlearrowright r 21bb;circledR u ae;circledS u 24c8;circledast b 229b;circledcirc b 229a;
        circleddash b 229d;clubsuit u 2663;complement u 2201;cong r 2245;coprod L 2210;cup b 222a;
        curlyeqprec r 22de;curlyeqsucc r 22df;curlyvee b 22ce;curlywedge b 22cf;curvearrowleft r 21b6;
        curvearrowright r 21b7;dag u 2020;dagger b 2020;daleth u 2138;dashleftarrow r 21e0;
        dashrightarrow r 21e2;dashv r 22a3;ddag u 2021;ddagger b 2021;ddots r 22f1;degree u b0;
        delta o 3b4;diagdown u 2572;diagup u 2571;diamond b 22c4;diamondsuit u 2662;digamma u 3dd;
        div b f7;divideontimes b 22c7;doteq r 2250;doteqdot r 2251;dotplus b 2214;doublebarwedge b 2a5e;
        doublecap b 22d2;doublecup b 22d3;downarrow r 2193;downdownarrows r 21ca;downharpoonleft r 21c3;
        downharpoonright r 21c2;ell u 2113;emptyset u 2205;epsilon o 3f5;eqcirc r 2256;eqsim r 2242;
        eqslantgtr r 2a96;eqslantless r 2a95;equiv r 2261;eta o 3b7;eth u f0;exists u 2203;
        fallingdotseq r 2252;flat u 266d;forall u 2200;frown r 2322;gamma o 3b3;ge r 2265;geq r 2265;
        geqq r 2267;geqslant r 2a7e;gets r 2190;gg r 226b;ggg r 22d9;gggtr r 22d9;gimel u 2137;
        gnapprox r 2a8a;gneq r 2a88;gneqq r 2269;gnsim r 22e7;gt r 3e;gtrapprox r 2a86;gtrdot b 22d7;
        gtreqless r 22db;gtreqqless r 2a8c;gtrless r 2277;gtrsim r 2273;gvertneqq r 2269;hbar u 210f;
        heartsuit u 2661;hookleftarrow r 21a9;hookrightarrow r 21aa;hslash u 210f;iiint L 222d;
        iint L 222c;imageof r 22b7;imath o 131;in r 2208;infty u 221e;int L 222b;intercal b 22ba;
        intop L 222b;iota o 3b9;jmath o 237;kappa o 3ba;lambda o 3bb;land b 2227;langle ( 27e8;
        lbrace ( 7b;lbrack ( 5b;lceil ( 2308;ldotp p 2e;ldots r 2026;le r 2264;leadsto r 21dd;
        leftarrow r 2190;leftarrowtail r 21a2;leftharpoondown r 21bd;leftharpoonup r 21bc;
        leftleftarrows r 21c7;leftrightarrow r 2194;leftrightarrows r 21c6;leftrightharpoons r 21cb;
        leftrightsquigarrow r 21ad;leftthreetimes b 22cb;leq r 2264;leqq r 2266;leqslant r 2a7d;
        lessapprox r 2a85;lessdot b 22d6;lesseqgtr r 22da;lesseqqgtr r 2a8b;lessgtr r 2276;
        lesssim r 2272;lfloor ( 230a;lgroup ( 27ee;lhd b 22b2;ll r 226a;lll r 22d8;llless r 22d8;
        lmoustache ( 23b0;lnapprox r 2a89;lneq r 2a87;lneqq r 2268;lnot u ac;lnsim r 22e6;
        longleftarrow r 27f5;longleftrightarrow r 27f7;longmapsto r 27fc;longrightarrow r 27f6;
        looparrowleft r 21ab;looparrowright r 21ac;lor b 2228;lozenge u 25ca;lparen ( 28;lt r 3c;
        ltimes b 22c9;lvertneqq r 2268;maltese u 2720;mapsto r 21a6;mathellipsis r 2026;
        mathsterling u a3;measuredangle u 2221;mho u 2127;models r 22a8;mp b 2213;mu o 3bc;
        multimap r 22b8;nLeftarrow r 21cd;nLeftrightarrow r 21ce;nRightarrow r 21cf;nVDash r 22af;
        nVdash r 22ae;nabla u 2207;natural u 266e;ncong r 2246;nearrow r 2197;neg u ac;nexists u 2204;
        ngeq r 2271;ngeqq r 2271;ngeqslant r 2271;ngtr r 226f;ni r 220b;nleftarrow r 219a;
        nleftrightarrow r 21ae;nleq r 2270;nleqq r 2270;nleqslant r 2270;nless r 226e;nmid r 2224;
        nparallel r 2226;nprec r 2280;npreceq r 22e0;nrightarrow r 219b;nshortmid r 2224;
        nshortparallel r 2226;nsim r 2241;nsubseteq r 2288;nsubseteqq r 2288;nsucc r 2281;
        nsucceq r 22e1;nsupseteq r 2289;nsupseteqq r 2289;ntriangleleft r 22ea;ntrianglelefteq r 22ec;
        ntriangleright r 22eb;ntrianglerighteq r 22ed;nu o 3bd;nvDash r 22ad;nvdash r 22ac;
        nwarrow r 2196;odot b 2299;oiiint L 2230;oiint L 222f;oint L 222e;omega o 3c9;omicron o 3bf;
        ominus b 2296;oplus b 2295;origof r 22b6;oslash b 2298;otimes b 2297;owns r 220b;
        parallel r 2225;partial u 2202;perp r 22a5;phi o 3d5;pi o 3c0;pitchfork r 22d4;pm b b1;
        pounds u a3;prec r 227a;precapprox r 2ab7;preccurlyeq r 227c;preceq r 2aaf;precnapprox r 2ab9;
        precneqq r 2ab5;precnsim r 22e8;precsim r 227e;prime u 2032;prod L 220f;propto r 221d;psi o 3c8;
        rangle ) 27e9;rbrace ) 7d;rbrack ) 5d;rceil ) 2309;restriction r 21be;rfloor ) 230b;
        rgroup ) 27ef;rhd b 22b3;rho o 3c1;rightarrow r 2192;rightarrowtail r 21a3;
        rightharpoondown r 21c1;rightharpoonup r 21c0;rightleftarrows r 21c4;rightleftharpoons r 21cc;
        rightrightarrows r 21c9;rightsquigarrow r 21dd;rightthreetimes b 22cc;risingdotseq r 2253;
        rmoustache ) 23b1;rparen ) 29;rtimes b 22ca;searrow r 2198;setminus b 2216;sharp u 266f;
        shortmid r 2223;shortparallel r 2225;sigma o 3c3;sim r 223c;simeq r 2243;smallfrown r 2322;
        smallint L 222b;smallsetminus b 2216;smallsmile r 2323;smile r 2323;spadesuit u 2660;
        sphericalangle u 2222;sqcap b 2293;sqcup b 2294;sqsubset r 228f;sqsubseteq r 2291;
        sqsupset r 2290;sqsupseteq r 2292;square u 25a1;star b 22c6;subset r 2282;subseteq r 2286;
        subseteqq r 2ac5;subsetneq r 228a;subsetneqq r 2acb;succ r 227b;succapprox r 2ab8;
        succcurlyeq r 227d;succeq r 2ab0;succnapprox r 2aba;succneqq r 2ab6;succnsim r 22e9;
        succsim r 227f;sum L 2211;supset r 2283;supseteq r 2287;supseteqq r 2ac6;supsetneq r 228b;
        supsetneqq r 2acc;surd u 221a;swarrow r 2199;tau o 3c4;therefore r 2234;theta o 3b8;
        thickapprox r 2248;thicksim r 223c;times b d7;to r 2192;top u 22a4;triangle u 25b3;
        triangledown u 25bd;triangleleft b 25c3;trianglelefteq r 22b4;triangleq r 225c;
        triangleright b 25b9;trianglerighteq r 22b5;twoheadleftarrow r 219e;twoheadrightarrow r 21a0;
        unlhd b 22b4;unrhd b 22b5;uparrow r 2191;updownarrow r 2195;upharpoonleft r 21bf;
        upharpoonright r 21be;uplus b 228e;upsilon o 3c5;upuparrows r 21c8;vDash r 22a8;
        varepsilon o 3b5;varkappa u 3f0;varnothing u 2205;varphi o 3c6;varpi o 3d6;varpropto r 221d;
        varrho o 3f1;varsigma o 3c2;varsubsetneq r 228a;varsubsetneqq r 2acb;varsupsetneq r 228b;
        varsupsetneqq r 2acc;vartheta o 3d1;vartriangle r 25b3;vartriangleleft r 22b2;
        vartriangleright r 22b3;varvdots u 22ee;vdash r 22a2;vee b 2228;veebar b 22bb;wedge b 2227;
        wp u 2118;wr b 2240;xi o 3be;yen u a5;zeta o 3b6;
        """

    /// Commands the generated table lacks: macros in LaTeX and texvc, and italic capital
    /// Greek variants (kept as the upright letter in an italic `mi`).
    private static let extra = """
        ne r 2260;neq r 2260;notin r 2209;iff r 27fa;implies r 27f9;impliedby r 27f8;
        dots r 2026;cdots r 22ef;vdots r 22ee;ldots r 2026;dotsb r 22ef;dotsc r 2026;
        ulcorner ( 231c;urcorner ) 231d;llcorner ( 231e;lrcorner ) 231f;AA u c5;Bbbk u 1d55c;
        Alpha u 41;Beta u 42;Epsilon u 45;Zeta u 5a;Eta u 48;Iota u 49;Kappa u 4b;Mu u 4d;
        Nu u 4e;Omicron u 4f;Rho u 50;Tau u 54;Chi u 58;
        varGamma o 393;varDelta o 394;varTheta o 398;varLambda o 39b;varXi o 39e;varPi o 3a0;
        varSigma o 3a3;varUpsilon o 3a5;varPhi o 3a6;varOmega o 3a9;
        surd r 221a;infin u 221e;empty u 2205;varnothing u 2205;
        colon p 3a;coloneqq r 2254;eqqcolon r 2255;dblcolon r 2237;notni r 220c;varPsi o 3a8;
        dotsm r 22ef;dotsi r 22ef;dotso r 2026;llbracket ( 27e6;rrbracket ) 27e7;
        """
}

/// TeX's class of a symbol, which decides the MathML token and its spacing.
enum SymbolClass: UInt8, Sendable {
    case ordinary, upright, relation, binary, opening, closing, punctuation, largeOperator

    init?(code: Substring) {
        switch code {
        case "o": self = .ordinary
        case "u": self = .upright
        case "r": self = .relation
        case "b": self = .binary
        case "(": self = .opening
        case ")": self = .closing
        case "p": self = .punctuation
        case "L": self = .largeOperator
        default: return nil
        }
    }
}

/// One entry of the symbol table.
struct MathSymbol: Sendable {
    /// The characters the command stands for.
    let text: String
    let symbolClass: SymbolClass
}
