package ovc.run.agent;

/**
 * What a woven method declares — its {@code @Pipeline}, {@code @RunInput} and {@code @RunOutput}
 * values — as one string constant in the woven code.
 *
 * <p>Why a constant: the weaver already reads the annotations from the class file, and reading them
 * again at run time by reflection builds annotation proxies (~10 ms of start-up for the first one).
 * Written once into the bytecode, the values also live in the woven-class cache, so a repeat run
 * never parses an annotation at all.
 *
 * <p>The text is a sequence of fields, each a string ({@code <length>:<chars>}), an absent value
 * ({@code -}) or a count ({@code <n>;}). Length prefixes make every value, whatever characters it
 * holds, unambiguous without escaping:
 * <pre>
 * declaration := str(name + descriptor) pipeline input output count(parameters) (input output)*
 * pipeline    := '-' | 'P' str(id) str(version) count str*
 * input       := '-' | 'I' str(type) str(ref) str(range)
 * output      := '-' | 'O' str(type) str(ref)
 * </pre>
 */
final class DeclarationConstant {

    private final StringBuilder text = new StringBuilder(64);

    private DeclarationConstant(String nameAndDescriptor) {
        string(nameAndDescriptor);
    }

    /** Starts the declaration of the method {@code name + descriptor}, e.g. {@code main([Ljava/lang/String;)V}. */
    static DeclarationConstant of(String nameAndDescriptor) {
        return new DeclarationConstant(nameAndDescriptor);
    }

    /** The method's {@code @Pipeline}; call {@link #noPipeline()} instead when it has none. */
    DeclarationConstant pipeline(String id, String version, String[] requiredEnv) {
        text.append('P');
        string(id);
        string(version);
        count(requiredEnv.length);
        for (String entry : requiredEnv) {
            string(entry);
        }
        return this;
    }

    DeclarationConstant noPipeline() {
        text.append('-');
        return this;
    }

    /** A {@code @RunInput} (on the method or, after {@link #parameters}, on the next parameter), or null. */
    DeclarationConstant input(InputDeclaration input) {
        if (input == null) {
            text.append('-');
        } else {
            text.append('I');
            string(input.type());
            string(input.ref());
            string(input.range());
        }
        return this;
    }

    /** A {@code @RunOutput} (on the method or, after {@link #parameters}, on the next parameter), or null. */
    DeclarationConstant output(OutputDeclaration output) {
        if (output == null) {
            text.append('-');
        } else {
            text.append('O');
            string(output.type());
            string(output.ref());
        }
        return this;
    }

    /** The number of parameters; each is then given as {@link #input} followed by {@link #output}. */
    DeclarationConstant parameters(int count) {
        count(count);
        return this;
    }

    /** The finished constant. */
    String text() {
        return text.toString();
    }

    private void string(String value) {
        text.append(value.length()).append(':').append(value);
    }

    private void count(int value) {
        text.append(value).append(';');
    }

    /** The method's name, for messages about a declaration that may not even decode. */
    static String methodName(String declaration) {
        try {
            return nameOf(new Reader(declaration).nameAndDescriptor());
        } catch (IllegalArgumentException e) {
            return declaration;
        }
    }

    /** {@code main} of {@code main([Ljava/lang/String;)V}. */
    static String nameOf(String nameAndDescriptor) {
        int parameters = nameAndDescriptor.indexOf('(');
        return parameters < 0 ? nameAndDescriptor : nameAndDescriptor.substring(0, parameters);
    }

    /** Reads a declaration back; fails with {@link IllegalArgumentException} on text it did not write. */
    static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String nameAndDescriptor() {
            return string();
        }

        /** {@code {id, version, requiredEnv...}}, or null when the method has no {@code @Pipeline}. */
        String[] pipeline() {
            if (absent()) {
                return null;
            }
            expect('P');
            String id = string();
            String version = string();
            String[] values = new String[2 + count()];
            values[0] = id;
            values[1] = version;
            for (int i = 2; i < values.length; i++) {
                values[i] = string();
            }
            return values;
        }

        InputDeclaration input() {
            if (absent()) {
                return null;
            }
            expect('I');
            return new InputDeclaration(string(), string(), string());
        }

        OutputDeclaration output() {
            if (absent()) {
                return null;
            }
            expect('O');
            return new OutputDeclaration(string(), string());
        }

        int parameters() {
            return count();
        }

        /** Fails unless the whole text was read. */
        void end() {
            if (at != text.length()) {
                throw malformed();
            }
        }

        private boolean absent() {
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char marker) {
            if (at >= text.length() || text.charAt(at) != marker) {
                throw malformed();
            }
            at++;
        }

        private String string() {
            int length = number(':');
            if (length > text.length() - at) {
                throw malformed();
            }
            at += length;
            return text.substring(at - length, at);
        }

        private int count() {
            return number(';');
        }

        private int number(char end) {
            int value = 0;
            int start = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9' && at - start < 9) {
                value = value * 10 + (text.charAt(at++) - '0');
            }
            if (at == start || at >= text.length() || text.charAt(at) != end) {
                throw malformed();
            }
            at++;
            return value;
        }

        private IllegalArgumentException malformed() {
            return new IllegalArgumentException("not a woven declaration (at " + at + "): " + text);
        }
    }
}
