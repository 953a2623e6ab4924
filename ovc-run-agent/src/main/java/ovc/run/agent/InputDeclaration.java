package ovc.run.agent;

/**
 * The values of one {@code @RunInput}, as the weaver read them from the class file; an unset
 * {@code ref} or {@code range} is {@code ""}, as in the annotation.
 */
record InputDeclaration(String type, String ref, String range) {}
