package ovc.run.cli.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ovc.run.artifact.Seal;
import tools.jackson.databind.JsonNode;

/**
 * Keys that make a seal tamper evident: an Ed25519 signature (the JDK's, private key for
 * {@code seal}, public key for {@code verify}) or an HMAC-SHA256 keyed by an environment variable,
 * over the root hash's hex text. Whoever rewrites a folder and seals it again without the key leaves
 * no signature or a wrong one, which {@code verify} with the key reports. A key's value is never
 * printed or written; errors name the file or the variable only.
 */
public final class SealKey {

    /** The algorithm name recorded for an Ed25519 signature. */
    public static final String ED25519 = "Ed25519";
    /** The algorithm name recorded for an HMAC. */
    public static final String HMAC_SHA256 = "HMAC-SHA256";

    /** Checks manifest.json's {@code signature} against the root hash it records. */
    public interface Verifier {
        /** Adds a problem when {@code signature} is missing, of another algorithm, or does not match. */
        void check(JsonNode signature, String rootSha256, List<String> problems);
    }

    private SealKey() {}

    /**
     * Signs with a PKCS#8 Ed25519 private key file, PEM ({@code BEGIN PRIVATE KEY}) or DER.
     *
     * @throws IOException naming the file when it cannot be read or is not such a key
     */
    public static Seal.RootSigner ed25519Signer(Path privateKeyFile) throws IOException {
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(ED25519).generatePrivate(new PKCS8EncodedKeySpec(derOf(privateKeyFile)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(privateKeyFile + " is not a PKCS#8 Ed25519 private key (PEM or DER): " + e.getMessage());
        }
        return new Seal.RootSigner() {
            @Override
            public String algorithm() {
                return ED25519;
            }

            @Override
            public String sign(String rootSha256) throws IOException {
                try {
                    Signature signature = Signature.getInstance(ED25519);
                    signature.initSign(key);
                    signature.update(rootSha256.getBytes(StandardCharsets.UTF_8));
                    return Base64.getEncoder().encodeToString(signature.sign());
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot sign with " + privateKeyFile + ": " + e.getMessage());
                }
            }
        };
    }

    /**
     * Checks with an X.509 SubjectPublicKeyInfo Ed25519 public key file, PEM ({@code BEGIN PUBLIC KEY}) or DER.
     *
     * @throws IOException naming the file when it cannot be read or is not such a key
     */
    public static Verifier ed25519Verifier(Path publicKeyFile) throws IOException {
        PublicKey key;
        try {
            key = KeyFactory.getInstance(ED25519).generatePublic(new X509EncodedKeySpec(derOf(publicKeyFile)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(publicKeyFile + " is not an X.509 Ed25519 public key (PEM or DER): " + e.getMessage());
        }
        return (signature, root, problems) -> {
            byte[] value = signatureValue(signature, ED25519, problems);
            if (value == null) {
                return;
            }
            try {
                Signature check = Signature.getInstance(ED25519);
                check.initVerify(key);
                check.update(String.valueOf(root).getBytes(StandardCharsets.UTF_8));
                if (!check.verify(value)) {
                    problems.add(wrong(ED25519));
                }
            } catch (GeneralSecurityException e) {
                problems.add(Seal.MANIFEST_JSON + ": the Ed25519 signature cannot be checked: " + e.getMessage());
            }
        };
    }

    /**
     * Signs with HMAC-SHA256 keyed by the UTF-8 value of environment variable {@code variable}.
     *
     * @throws IOException naming the variable (never its value) when it is unset or empty
     */
    public static Seal.RootSigner hmacSigner(String variable, Map<String, String> env) throws IOException {
        SecretKeySpec key = hmacKey(variable, env);
        return new Seal.RootSigner() {
            @Override
            public String algorithm() {
                return HMAC_SHA256;
            }

            @Override
            public String sign(String rootSha256) {
                return Base64.getEncoder().encodeToString(hmac(key, rootSha256));
            }
        };
    }

    /**
     * Checks an HMAC-SHA256 keyed by environment variable {@code variable}.
     *
     * @throws IOException naming the variable (never its value) when it is unset or empty
     */
    public static Verifier hmacVerifier(String variable, Map<String, String> env) throws IOException {
        SecretKeySpec key = hmacKey(variable, env);
        return (signature, root, problems) -> {
            byte[] value = signatureValue(signature, HMAC_SHA256, problems);
            // Constant-time comparison: a verifier must not leak how much of a forged value was right.
            if (value != null && !MessageDigest.isEqual(value, hmac(key, String.valueOf(root)))) {
                problems.add(wrong(HMAC_SHA256));
            }
        };
    }

    private static byte[] signatureValue(JsonNode signature, String algorithm, List<String> problems) {
        if (signature == null || !signature.isObject()) {
            problems.add(Seal.MANIFEST_JSON + ": not signed, but a key was given: the folder was sealed again"
                    + " without the key (or never signed with it); not intact");
            return null;
        }
        String recorded = RunFolder.text(signature, "algorithm");
        if (!algorithm.equals(recorded)) {
            problems.add(Seal.MANIFEST_JSON + ": signed with " + recorded + ", but the key given is " + algorithm
                    + "; not intact");
            return null;
        }
        try {
            return Base64.getDecoder().decode(String.valueOf(RunFolder.text(signature, "value")));
        } catch (IllegalArgumentException e) {
            problems.add(Seal.MANIFEST_JSON + ": the signature value is not Base64; not intact");
            return null;
        }
    }

    private static String wrong(String algorithm) {
        return Seal.MANIFEST_JSON + ": the " + algorithm + " signature does not match the root hash: the folder was"
                + " sealed again or edited without this key, or signed with another; not intact";
    }

    private static SecretKeySpec hmacKey(String variable, Map<String, String> env) throws IOException {
        String value = env.get(variable);
        if (value == null || value.isEmpty()) {
            throw new IOException("environment variable " + variable + " (--key-env) is unset or empty");
        }
        return new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform must provide HmacSHA256", e);
        }
    }

    /** The DER bytes of a key file: the Base64 between PEM armour lines, or the file itself. */
    private static byte[] derOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN ")) {
            return bytes;
        }
        StringBuilder base64 = new StringBuilder();
        boolean inside = false;
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("-----BEGIN ")) {
                inside = true;
            } else if (line.startsWith("-----END ")) {
                break;
            } else if (inside) {
                base64.append(line.trim());
            }
        }
        return Base64.getDecoder().decode(base64.toString());
    }
}
