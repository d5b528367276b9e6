package io.dockyard.inspect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecretsTest {
    @Test
    void secretLookingNamesHaveTheirValuesMasked() {
        for (String name : new String[] {"DB_PASSWORD", "MYSQL_ROOT_PASSWORD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY",
            "GITHUB_TOKEN", "ssh_private_key", "REDIS_PASS", "CREDENTIALS_FILE", "SESSION_SECRET", "db_passwd"}) {
            assertEquals(name + "=" + Secrets.MASK, Secrets.mask(name + "=s3cr3t"), name);
        }
    }

    @Test
    void ordinaryVariablesAndEmptyValuesStayVisible() {
        assertEquals("PATH=/usr/bin:/bin", Secrets.mask("PATH=/usr/bin:/bin"));
        assertEquals("MODE=demo", Secrets.mask("MODE=demo"));
        assertEquals("DB_PASSWORD=", Secrets.mask("DB_PASSWORD="));
        assertEquals("NO_EQUALS_SIGN", Secrets.mask("NO_EQUALS_SIGN"));
        assertEquals("VALUE_WITH=EQUALS=x", Secrets.mask("VALUE_WITH=EQUALS=x"));
    }
}
