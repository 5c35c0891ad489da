package dev.pitlane.platform.sample;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A query that holds its pooled connection for as long as asked: the slow request of the overload tests. */
@RestController
class SlowController {

    private final JdbcClient jdbc;

    SlowController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/slow")
    String slow(@RequestParam double seconds) {
        jdbc.sql("SELECT pg_sleep(:s)").param("s", seconds).query().singleValue();
        return "done";
    }
}
