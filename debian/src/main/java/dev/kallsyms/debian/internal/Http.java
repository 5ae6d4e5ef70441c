package dev.kallsyms.debian.internal;

import dev.kallsyms.debian.DebianUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP GET with retries and back-off: Debian's mirrors are sometimes mid-sync or slow to answer. */
public final class Http {
    private static final int ATTEMPTS = 4;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private Http() {
    }

    public static byte[] fetch(URI uri) throws DebianUnavailableException {
        try (InputStream in = open(uri)) {
            return in.readAllBytes();
        } catch (DebianUnavailableException e) {
            throw e;
        } catch (IOException e) {
            throw new DebianUnavailableException("reading " + uri + " failed: " + e.getMessage(), e);
        }
    }

    public static InputStream open(URI uri) throws DebianUnavailableException {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<InputStream> response = CLIENT.send(
                        HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                response.body().close();
                last = new IOException("HTTP " + response.statusCode());
                if (response.statusCode() == 404) {
                    break;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DebianUnavailableException("interrupted while fetching " + uri, e);
            }
            sleep(attempt);
        }
        throw new DebianUnavailableException(uri + ": " + last.getMessage(), last);
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(2000L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
