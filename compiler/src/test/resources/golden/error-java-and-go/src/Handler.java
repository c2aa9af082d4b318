package com.example;

public class Handler {}
