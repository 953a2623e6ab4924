/** A user's pipelines as a named module: the api is all it needs at compile time. */
module com.example.prices {
    requires ovc.run.api;
}
