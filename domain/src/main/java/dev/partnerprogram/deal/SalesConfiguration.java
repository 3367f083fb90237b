package dev.partnerprogram.deal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SalesRules.class)
class SalesConfiguration {}
