package ovc.run.agent;

/**
 * The values of one {@code @RunOutput}, as the weaver read them from the class file; an unset
 * {@code ref} is {@code ""}, as in the annotation.
 */
record OutputDeclaration(String type, String ref) {}
