/// The functions of the standard registry, in library-page order.
enum StandardLibrary {
    static let functions: [RegisteredFunction] =
        elementwiseFunctions + vectorFunctions + lossFunctions + layerFunctions
}
