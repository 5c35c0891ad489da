package dev.pitlane.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service built on the platform, so the platform is tested the way services use it. */
@SpringBootApplication
public class SampleApplication {
}
