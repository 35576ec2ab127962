create database <name>
